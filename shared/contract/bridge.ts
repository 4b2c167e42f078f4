/**
 * The shape of what the Electron preload exposes on `window.tracelens`:
 * one function per request, grouped by domain (`dataset:open` →
 * `api.dataset.open(args)`), and an event subscription limited to the
 * contract's event names. Never a raw ipcRenderer.
 */
export interface PreloadBridge {
  api: Record<string, Record<string, (args: unknown) => Promise<unknown>>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** The file-system path of a dropped file or folder (desktop only). */
  pathForFile(file: unknown): string;
}

export const IPC_PREFIX = 'tracelens:';
export const IPC_EVENT_CHANNEL = 'tracelens:event';

/** `dataset:open` → ['dataset', 'open']. */
export function splitRequestName(name: string): [domain: string, verb: string] {
  const at = name.indexOf(':');
  return [name.slice(0, at), name.slice(at + 1)];
}
