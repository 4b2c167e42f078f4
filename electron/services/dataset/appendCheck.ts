import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { SourceFile } from './discoverFiles';
import type { FileEntry, OpenDataset } from './openDataset';

const TAIL = 4096;

/** sha1 of the last 4 KB before `end`, and whether the byte before `end` is a newline. */
export async function tailOf(path: string, end: number): Promise<{ hash: string; endsWithNewline: boolean } | null> {
  if (end <= 0) return null;
  const fh = await fs.open(path, 'r').catch(() => null);
  if (!fh) return null;
  try {
    const from = Math.max(0, end - TAIL);
    const buf = Buffer.alloc(end - from);
    const { bytesRead } = await fh.read(buf, 0, buf.length, from);
    if (bytesRead !== buf.length) return null;
    return { hash: createHash('sha1').update(buf).digest('hex'), endsWithNewline: buf[buf.length - 1] === 0x0a };
  } finally {
    await fh.close();
  }
}

/** Remembers each plain JSONL file's tail once it is fully indexed (see `grownFiles`). */
export async function recordTails(ds: OpenDataset): Promise<void> {
  for (const f of ds.files) {
    f.tail = f.adapter && f.dataPath === f.source.path ? ((await tailOf(f.dataPath, f.source.size))?.hash ?? undefined) : undefined;
  }
}

export interface Grown {
  file: number;
  from: number;
  to: number;
  source: SourceFile;
}

/**
 * The files that only grew since they were indexed — same path, larger,
 * the old end a line end, the 4 KB before it unchanged — or null when the
 * change is anything else (a rewrite, a new or removed file, a changed
 * problems.jsonl, a compressed file), which needs a full re-index.
 */
export async function grownFiles(ds: OpenDataset, files: SourceFile[], problemsChanged: boolean): Promise<Grown[] | null> {
  if (problemsChanged || ds.state !== 'ready' || ds.restoredChunks > 0 || ds.fromCache || files.length !== ds.files.length) return null;
  const grown: Grown[] = [];
  for (let i = 0; i < files.length; i++) {
    const now = files[i];
    const f: FileEntry = ds.files[i];
    if (now.path !== f.source.path) return null;
    if (now.size === f.source.size && now.mtimeMs === f.source.mtimeMs) continue;
    if (!f.adapter || f.dataPath !== f.source.path || f.source.kind !== 'jsonl' || now.size <= f.source.size || !f.tail) return null;
    const tail = await tailOf(now.path, f.source.size);
    if (!tail || tail.hash !== f.tail || !tail.endsWithNewline) return null;
    grown.push({ file: i, from: f.source.size, to: now.size, source: now });
  }
  return grown.length ? grown : null;
}
