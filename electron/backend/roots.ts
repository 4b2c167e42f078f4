import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { RpcError } from '../../shared/contract';

/**
 * In serve mode the backend reads only inside the dataset roots it was given
 * (a remote user must not be able to open /etc/passwd as a "dataset").
 * Symlinks are resolved first so a link inside a root cannot point outside it.
 * An empty root list (the desktop app) allows any path the user picks.
 */
export function assertInsideRoots(roots: readonly string[], path: string): string {
  const target = realOrResolved(path);
  if (!isInside(roots, target)) throw new RpcError('forbidden', `Not inside the served dataset roots: ${path}`);
  return target;
}

/** The same test without an error, e.g. to list only the recent datasets a browser user may open. */
export function isInsideRoots(roots: readonly string[], path: string): boolean {
  return isInside(roots, realOrResolved(path));
}

function isInside(roots: readonly string[], target: string): boolean {
  if (roots.length === 0) return true;
  return roots.some((root) => {
    const r = realOrResolved(root);
    return target === r || target.startsWith(r.endsWith(sep) ? r : r + sep);
  });
}

function realOrResolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}
