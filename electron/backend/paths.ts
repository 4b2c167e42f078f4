import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where things live at run time. The Node side runs as bundles in
 * `dist/electron/` (CLI, main, workers); the renderer build is `dist/renderer/`;
 * the tracer is copied beside the bundles, or into `resources/` when packaged.
 */
export const bundleDir = (): string => __dirname;
export const rendererDir = (): string => resolve(__dirname, '..', 'renderer');
export const projectRoot = (): string => resolve(__dirname, '..', '..');
export const demoDatasetPath = (): string => join(projectRoot(), 'datasets', 'demo');

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')`
 * gives for "Tracelens", so the desktop app and `tracelens serve` share the
 * index cache and the label journal. `TRACELENS_USER_DATA` overrides it (tests).
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TRACELENS_USER_DATA) return resolve(env.TRACELENS_USER_DATA);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tracelens');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tracelens');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Tracelens');
}
