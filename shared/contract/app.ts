import { z } from 'zod';
import { settingsPatchSchema, type Settings } from '../settings/settings';
import { event, request } from './define';

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' for the desktop app, 'serve' for the browser host. */
  host: 'electron' | 'serve';
  versions: Record<string, string>;
  /** The dataset path the app was started with, if any. */
  initialDataset: string | null;
  /** A `tracelens://` link the app was started with, if any. */
  initialLink: string | null;
  /** Dataset roots the backend is allowed to read (serve mode restricts to these). */
  roots: string[];
}

export interface AppNotice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface RecentEntry {
  path: string;
  openedAt: number;
  /** False when the file or folder has gone since (shown greyed, removable). */
  exists: boolean;
}

/** Menu items and OS integrations that the UI carries out. */
export const uiCommands = [
  'open-dataset',
  'command-palette',
  'keyboard-shortcuts',
  'about',
  'settings',
  'theme:system',
  'theme:light',
  'theme:dark',
] as const;
export type UiCommand = (typeof uiCommands)[number];

export interface SettingsState {
  settings: Settings;
  /** Set when the settings file was corrupt and the defaults are in use. */
  warning: string | null;
}

export const appRequests = {
  /** Versions and host facts, shown in About and used by the UI to adapt. */
  'app:info': request<AppInfo>()(z.object({}).strict()),
  /** Echoes its argument: a cheap liveness probe used by the tests and the crash watchdog. */
  'app:ping': request<{ pong: string; at: number }>()(z.object({ message: z.string().max(1000) }).strict()),
  /** Recently opened datasets, newest first. */
  'app:recent': request<RecentEntry[]>()(z.object({}).strict()),
  /** Forget one recent entry (e.g. a missing file) or all of them. */
  'app:recent-remove': request<RecentEntry[]>()(z.object({ path: z.string().max(4096).optional() }).strict()),
  /** The native open dialog (desktop only; serve mode answers 'unavailable'). */
  'app:pick-dataset': request<{ path: string | null }>()(z.object({ kind: z.enum(['file', 'folder']) }).strict()),
  /** Opens the settings window (desktop) — serve mode shows settings in the page. */
  'app:open-settings': request<{ opened: boolean }>()(z.object({}).strict()),
  'settings:get': request<SettingsState>()(z.object({}).strict()),
  'settings:set': request<SettingsState>()(z.object({ patch: settingsPatchSchema }).strict()),
};

export const appEvents = {
  /** A message the backend wants the user to see (e.g. settings fell back to defaults). */
  'app:notice': event<AppNotice>(),
  /**
   * Open something: a dataset path (Open Recent, drag and drop, a second
   * launch, "Open with Tracelens") or a `tracelens://open?...` link.
   */
  'app:open': event<{ path?: string; link?: string }>(),
  /** A menu item or accelerator asked the UI to do something. */
  'app:command': event<{ command: UiCommand }>(),
  'settings:changed': event<SettingsState>(),
};
