import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import { assertInsideRoots } from '../backend/roots';
import type { Services } from '../backend/services';
import { createAppHandlers } from './app';
import { createDatasetHandlers } from './dataset';
import { createLabelsHandlers } from './labels';
import { createAnalysisHandlers } from './analysis';

/**
 * Every domain contributes its handlers here. The `Handlers` type makes a
 * missing handler a compile error, so the contract and the backend cannot drift.
 */
export function createHandlers(ctx: BackendContext, services: Services): Handlers {
  const handlers: Handlers = {
    ...createAppHandlers(ctx),
    ...createDatasetHandlers(ctx, services),
    ...createLabelsHandlers(ctx, services),
    ...createAnalysisHandlers(ctx, services),
  };
  return guardPaths(handlers, ctx.roots);
}

/**
 * The one place where a request that names a file is checked against the
 * served roots, so no domain handler can forget it.
 */
function guardPaths(handlers: Handlers, roots: readonly string[]): Handlers {
  const open = handlers['dataset:open'];
  return {
    ...handlers,
    'dataset:open': (args, call) => open({ ...args, path: assertInsideRoots(roots, args.path) }, call),
  };
}
