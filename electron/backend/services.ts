import type { BackendContext } from './context';

/**
 * The long-lived Node-side services, created once per backend. Each domain
 * adds its service here (one line in the interface, one in `createServices`);
 * handlers receive them and stay thin.
 */
export interface Services {
  /** Stops workers, flushes journals. Called when the app or server shuts down. */
  dispose(): Promise<void>;
}

export function createServices(_ctx: BackendContext): Services {
  const disposers: Array<() => Promise<void> | void> = [];
  return {
    async dispose() {
      for (const d of disposers.reverse()) await d();
    },
  };
}
