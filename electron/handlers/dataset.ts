import { RpcError } from '../../shared/contract';
import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';

type DatasetHandlers = Pick<Handlers, 'dataset:open' | 'dataset:summary' | 'dataset:query' | 'dataset:sample' | 'dataset:issues' | 'dataset:stats'>;

// Placeholder until the dataset engine lands (issue 3): every call answers a typed error.
export function createDatasetHandlers(_ctx: BackendContext, _services: Services): DatasetHandlers {
  const notYet = () => {
    throw new RpcError('unavailable', 'The dataset engine is not built yet');
  };
  return {
    'dataset:open': notYet,
    'dataset:summary': notYet,
    'dataset:query': notYet,
    'dataset:sample': notYet,
    'dataset:issues': notYet,
    'dataset:stats': notYet,
  };
}
