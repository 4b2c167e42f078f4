import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { touch } from './cacheSweep';
import { COLUMN_NAMES, COLUMN_TYPES, Columns } from './columns';

/** Bump when the index layout or the meaning of a column changes: old caches are then ignored. */
export const ENGINE_VERSION = 4; // 4: MBPP splits by task id; loop-count grounding claims

/** Everything but the columns: small enough for JSON. */
export interface CacheMeta<Extra> {
  version: number;
  count: number;
  problems: string[];
  splits: string[];
  models: string[];
  extra: Extra;
}

/** Key of a dataset's cache entry: every file's path, size and mtime, plus the mapping. */
export function cacheKey(root: string, files: Array<{ path: string; size: number; mtimeMs: number }>, mapping: string | null): string {
  const h = createHash('sha256');
  h.update(`v${ENGINE_VERSION}\u0000${root}\u0000${mapping ?? ''}`);
  for (const f of files) h.update(`\u0000${f.path}\u0000${f.size}\u0000${f.mtimeMs}`);
  return h.digest('hex').slice(0, 32);
}

const align8 = (n: number) => (n + 7) & ~7;

/** Writes `<key>.bin` (columns, 8-byte aligned) and `<key>.json`, atomically (rename). */
export async function saveIndex<E>(dir: string, key: string, columns: Columns, extra: E): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const cols = columns.trimmed();
  let size = 0;
  for (const n of COLUMN_NAMES) size = align8(size) + cols[n].byteLength;
  const bin = Buffer.alloc(align8(size));
  let at = 0;
  for (const n of COLUMN_NAMES) {
    at = align8(at);
    const a = cols[n];
    bin.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  const meta: CacheMeta<E> = { version: ENGINE_VERSION, count: columns.count, problems: columns.problems.values, splits: columns.splits.values, models: columns.models.values, extra };
  const base = path.join(dir, key);
  await fs.writeFile(base + '.bin.part', bin);
  await fs.writeFile(base + '.json.part', JSON.stringify(meta));
  await fs.rename(base + '.bin.part', base + '.bin');
  await fs.rename(base + '.json.part', base + '.json');
}

/** Loads a cache entry, or null when absent, from another engine version, or damaged. */
export async function loadIndex<E>(dir: string, key: string): Promise<{ columns: Columns; extra: E } | null> {
  const base = path.join(dir, key);
  try {
    const meta = JSON.parse(await fs.readFile(base + '.json', 'utf8')) as CacheMeta<E>;
    if (meta.version !== ENGINE_VERSION) return null;
    const bin = await fs.readFile(base + '.bin');
    await Promise.all([touch(base + '.json'), touch(base + '.bin')]); // last use, for the cache sweep
    // Copy into a fresh, aligned ArrayBuffer: Buffer pools may start at odd offsets.
    const ab = new ArrayBuffer(bin.byteLength);
    new Uint8Array(ab).set(bin);
    const cols: Record<string, unknown> = {};
    let at = 0;
    for (const n of COLUMN_NAMES) {
      at = align8(at);
      const T = COLUMN_TYPES[n];
      const bytes = meta.count * T.BYTES_PER_ELEMENT;
      if (at + bytes > ab.byteLength) return null;
      cols[n] = new T(ab, at, meta.count);
      at += bytes;
    }
    return { columns: Columns.restore(meta.count, cols as never, meta.problems, meta.splits, meta.models), extra: meta.extra };
  } catch {
    return null;
  }
}
