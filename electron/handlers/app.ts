import { RpcError, type RecentEntry } from '../../shared/contract';
import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';
import { isInsideRoots } from '../backend/roots';
import { APP_NAME, APP_VERSION } from '../backend/version';

type AppHandlers = Pick<
  Handlers,
  'app:info' | 'app:ping' | 'app:recent' | 'app:recent-remove' | 'app:pick-dataset' | 'app:open-settings' | 'settings:get' | 'settings:set'
>;

export function createAppHandlers(ctx: BackendContext, services: Services): AppHandlers {
  const settingsState = () => ({ settings: services.settings.get(), warning: services.settings.warning });
  // The list is shared with the desktop app; a browser user sees only what the served roots let it open.
  const visible = (entries: RecentEntry[]) => entries.filter((e) => isInsideRoots(ctx.roots, e.path));
  return {
    'app:info': () => ({
      name: APP_NAME,
      version: APP_VERSION,
      host: ctx.host,
      versions: ctx.versions,
      initialDataset: ctx.initialDataset,
      initialLink: ctx.initialLink ?? null,
      roots: ctx.roots,
    }),
    'app:ping': ({ message }) => ({ pong: message, at: Date.now() }),
    'app:recent': () => visible(services.recent.list()),
    'app:recent-remove': ({ path }) => {
      if (path === undefined) {
        services.recent.clear();
        return [];
      }
      return visible(services.recent.remove(path));
    },
    'app:pick-dataset': async ({ kind }) => {
      if (!ctx.desktop) throw new RpcError('unavailable', 'The native open dialog exists only in the desktop app; type a path instead.');
      return { path: await ctx.desktop.pickDataset(kind) };
    },
    'app:open-settings': () => {
      if (!ctx.desktop) return { opened: false };
      ctx.desktop.openSettingsWindow();
      return { opened: true };
    },
    'settings:get': () => settingsState(),
    'settings:set': ({ patch }) => {
      services.settings.update(patch);
      const state = settingsState();
      ctx.hub.emit('settings:changed', state);
      return state;
    },
  };
}
