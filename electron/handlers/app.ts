import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import { APP_NAME, APP_VERSION } from '../backend/version';

export function createAppHandlers(ctx: BackendContext): Pick<Handlers, 'app:info' | 'app:ping'> {
  return {
    'app:info': () => ({
      name: APP_NAME,
      version: APP_VERSION,
      host: ctx.host,
      versions: ctx.versions,
      initialDataset: ctx.initialDataset,
      roots: ctx.roots,
    }),
    'app:ping': ({ message }) => ({ pong: message, at: Date.now() }),
  };
}
