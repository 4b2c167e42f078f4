import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Index and conversion caches not used for this long are removed. */
export const CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** Marks a cache file as used now (its modification time is its last use). */
export async function touch(file: string): Promise<void> {
  const now = new Date();
  await fs.utimes(file, now, now).catch(() => undefined);
}

/**
 * Deletes cache files (indexes and converted copies) unused for `maxAgeMs`:
 * datasets come and go, and a multi-GB decompressed copy must not stay
 * forever. Errors are ignored — another app instance may be sweeping too.
 * Part files of a process that is gone (it crashed mid-decompression, or
 * while a dataset read its part file) go at once.
 */
export async function sweepCache(dir: string, maxAgeMs = CACHE_MAX_AGE_MS, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const sub of [dir, path.join(dir, 'converted')]) {
    const names = await fs.readdir(sub).catch(() => [] as string[]);
    for (const name of names) {
      const p = path.join(sub, name);
      const st = await fs.stat(p).catch(() => null);
      if (!st?.isFile() || (now - st.mtimeMs < maxAgeMs && !orphanPart(name))) continue;
      await fs.rm(p, { force: true }).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

/** A conversion's private part file (`<out>.<pid>.<random>.part`) whose process is no longer running. */
function orphanPart(name: string): boolean {
  const m = /\.(\d+)\.[a-z0-9]+\.part$/.exec(name);
  if (!m) return false;
  const pid = Number(m[1]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
