import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';
import { createAppHandlers } from './app';
import { createDatasetHandlers } from './dataset';

/**
 * Every domain contributes its handlers here. The `Handlers` type makes a
 * missing handler a compile error, so the contract and the backend cannot drift.
 */
export function createHandlers(ctx: BackendContext, services: Services): Handlers {
  return {
    ...createAppHandlers(ctx),
    ...createDatasetHandlers(ctx, services),
  };
}
