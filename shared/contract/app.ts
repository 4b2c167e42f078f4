import { z } from 'zod';
import { event, request } from './define';

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' for the desktop app, 'serve' for the browser host. */
  host: 'electron' | 'serve';
  versions: Record<string, string>;
  /** The dataset path the app was started with, if any. */
  initialDataset: string | null;
  /** Dataset roots the backend is allowed to read (serve mode restricts to these). */
  roots: string[];
}

export interface AppNotice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

export const appRequests = {
  /** Versions and host facts, shown in About and used by the UI to adapt. */
  'app:info': request<AppInfo>()(z.object({}).strict()),
  /** Echoes its argument: a cheap liveness probe used by the tests and the crash watchdog. */
  'app:ping': request<{ pong: string; at: number }>()(z.object({ message: z.string().max(1000) }).strict()),
};

export const appEvents = {
  /** A message the backend wants the user to see (e.g. settings fell back to defaults). */
  'app:notice': event<AppNotice>(),
};
