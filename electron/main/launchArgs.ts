import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LaunchRequest {
  /** A dataset file or folder named on the command line or by the OS ("Open with Tracelens"). */
  path: string | null;
  /** A `tracelens://` deep link. */
  link: string | null;
}

export const LINK_SCHEME = 'tracelens:';

/**
 * What a launch asks for, from its argv (the first launch, or a second one
 * handed over by the single-instance lock). Electron and Chromium switches
 * are skipped; the first existing path wins; relative paths are resolved
 * against the launching shell's working directory.
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchRequest {
  let path: string | null = null;
  let link: string | null = null;
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().startsWith(LINK_SCHEME)) {
      link ??= arg;
      continue;
    }
    if (/\.(cjs|js|exe)$/i.test(arg) || /(^|[\\/])(electron|tracelens)(\.exe)?$/i.test(arg)) continue;
    const candidate = resolve(cwd, arg);
    if (path === null && existsSync(candidate)) path = candidate;
  }
  return { path, link };
}
