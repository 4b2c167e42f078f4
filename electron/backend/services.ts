import { join } from 'node:path';
import type { BackendContext } from './context';
import { RecentStore } from '../services/recent/recentStore';
import { SettingsStore } from '../services/settings/settingsStore';
import { TraceService } from '../services/trace';

/**
 * The long-lived Node-side services, created once per backend. Each domain
 * adds its service here (one line in the interface, one in `createServices`);
 * handlers receive them and stay thin.
 */
export interface Services {
  settings: SettingsStore;
  recent: RecentStore;
  /** Sandboxed Python tracer with a content-hash cache (issue 4). */
  trace: TraceService;
  /** Stops workers, flushes journals. Called when the app or server shuts down. */
  dispose(): Promise<void>;
}

export function createServices(ctx: BackendContext): Services {
  const disposers: Array<() => Promise<void> | void> = [];
  const settings = new SettingsStore(ctx.userDataDir);
  const recent = new RecentStore(ctx.userDataDir);
  const trace = new TraceService({ resourcesDir: ctx.resourcesDir, cacheDir: join(ctx.userDataDir, 'trace-cache'), pythonPath: () => settings.get().pythonPath });
  disposers.push(() => trace.dispose());
  return {
    settings,
    recent,
    trace,
    async dispose() {
      for (const d of disposers.reverse()) await d();
    },
  };
}
