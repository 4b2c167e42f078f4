import { RpcError } from '../../shared/contract/errors';
import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';
import type { AnalysisService } from '../services/analysis/analysisService';

type AnalysisHandlers = Pick<Handlers, 'analysis:dashboard' | 'analysis:flips' | 'analysis:problem' | 'analysis:paired'>;

/** Thin handlers: validation is the contract's, the work the analysis service's. */
export function createAnalysisHandlers(_ctx: BackendContext, services: Services): AnalysisHandlers {
  const analysis = (): AnalysisService => {
    const service = (services as Services & { analysis?: AnalysisService }).analysis;
    if (!service) throw new RpcError('unavailable', 'The analysis service is not running (no dataset engine)');
    return service;
  };
  return {
    'analysis:dashboard': ({ datasetId }) => analysis().dashboard(datasetId),
    'analysis:flips': ({ datasetId, from, to, split, kinds, limit }) => analysis().flips(datasetId, from, to, { split, kinds, limit }),
    'analysis:problem': ({ datasetId, problemId }) => analysis().problem(datasetId, problemId),
    'analysis:paired': ({ datasetId, a, b, split, resamples, seed, level }) =>
      analysis().paired(datasetId, a, b, split, { resamples, seed, level }),
  };
}
