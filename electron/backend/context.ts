import type { EventHub } from './eventHub';

/** Everything the Node-side services need to know about where they run. Plain Node: no Electron here. */
export interface BackendOptions {
  host: 'electron' | 'serve';
  /** Dataset opened at start-up (CLI argument or the bundled demo). */
  initialDataset: string | null;
  /**
   * Folders or files the backend may read datasets from. In serve mode a path
   * outside them is refused; empty means unrestricted (desktop app).
   */
  roots: string[];
  /** Per-user writable folder: settings, index cache, label journal, logs. */
  userDataDir: string;
  /** Folder holding shipped resources such as the Python tracer. */
  resourcesDir: string;
  versions: Record<string, string>;
  /** A `tracelens://` link the app was started with. */
  initialLink?: string | null;
  /** What only the desktop shell can do (native dialogs, windows); absent in serve mode. */
  desktop?: DesktopCapabilities;
}

export interface DesktopCapabilities {
  pickDataset(kind: 'file' | 'folder'): Promise<string | null>;
  openSettingsWindow(): void;
}

export interface BackendContext extends BackendOptions {
  hub: EventHub;
}
