import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import { assertInsideRoots } from '../backend/roots';
import type { Services } from '../backend/services';
import { createAppHandlers } from './app';
import { createDatasetHandlers } from './dataset';
import { createLabelsHandlers } from './labels';
import { createAnalysisHandlers } from './analysis';
import { createTraceHandlers } from './trace';

/**
 * Every domain contributes its handlers here. The `Handlers` type makes a
 * missing handler a compile error, so the contract and the backend cannot drift.
 */
export function createHandlers(ctx: BackendContext, services: Services): Handlers {
  const handlers: Handlers = {
    ...createAppHandlers(ctx, services),
    ...createDatasetHandlers(ctx, services),
    ...createLabelsHandlers(ctx, services),
    ...createAnalysisHandlers(ctx, services),
    ...createTraceHandlers(ctx, services),
  };
  return guardDatasetOpen(handlers, ctx.roots, services);
}

/**
 * The one place where a request that names a file is checked against the
 * served roots, so no domain handler can forget it; a dataset that opened is
 * remembered for File ▸ Open Recent.
 */
function guardDatasetOpen(handlers: Handlers, roots: readonly string[], services: Services): Handlers {
  const open = handlers['dataset:open'];
  return {
    ...handlers,
    'dataset:open': async (args, call) => {
      const path = assertInsideRoots(roots, args.path);
      const summary = await open({ ...args, path }, call);
      services.recent.add(path);
      return summary;
    },
  };
}
