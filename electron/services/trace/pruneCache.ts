import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Keep the on-disk trace cache under `maxBytes`: when it is over, delete the
 * least recently written files until it is under 80% of the bound. Errors are
 * ignored (another process may be pruning too); returns the bytes removed.
 */
export async function pruneCache(dir: string, maxBytes: number): Promise<number> {
  const files: Array<{ path: string; size: number; mtime: number }> = [];
  try {
    for (const sub of await readdir(dir)) {
      const subdir = join(dir, sub);
      let names: string[];
      try {
        names = await readdir(subdir);
      } catch {
        continue; // not a folder
      }
      for (const name of names) {
        if (!name.endsWith('.json')) continue;
        try {
          const info = await stat(join(subdir, name));
          files.push({ path: join(subdir, name), size: info.size, mtime: info.mtimeMs });
        } catch {
          // vanished meanwhile
        }
      }
    }
  } catch {
    return 0;
  }
  let total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= maxBytes) return 0;
  let removed = 0;
  for (const file of files.sort((a, b) => a.mtime - b.mtime)) {
    if (total <= maxBytes * 0.8) break;
    try {
      await unlink(file.path);
      total -= file.size;
      removed += file.size;
    } catch {
      // already gone
    }
  }
  return removed;
}
