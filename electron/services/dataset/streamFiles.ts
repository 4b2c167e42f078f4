import { promises as fs } from 'node:fs';
import { decompressShared, firstByte, needsDecompressing, prepareDecoded, prepareFile, type GunzipOptions } from './convert';
import { detectHead } from './detect';
import type { Discovered, SourceFile } from './discoverFiles';
import { chunkSize, fileChunks, newChunk, type IndexRun } from './indexer';
import type { FileEntry, OpenDataset } from './openDataset';
import { addFile, addPrepared, adapterFor, conversionTracker, warnIfNoFiles } from './prepareDataset';
import { loadProblems } from './problems';

/** Indexing of a .jsonl.gz starts once this much of it is decoded in complete lines: the first page. */
const STREAM_FIRST_BYTES = 256 * 1024;
/**
 * Then newly decoded complete lines are indexed in chunks that double in
 * size up to STREAM_CHUNK_BYTES, or every STREAM_CHUNK_MS, whichever comes first.
 */
const STREAM_CHUNK_BYTES = 32 * 1024 * 1024;
const STREAM_CHUNK_MS = 1000;

export interface StreamOptions {
  convertDir: string;
  workers: number;
  signal?: AbortSignal;
  /** Bytes of newly decoded lines per chunk (default STREAM_CHUNK_BYTES; tests use small ones). */
  chunkBytes?: number;
  /** The compressed bytes of a .jsonl.gz (default: the file; tests throttle it). */
  gzipSource?: GunzipOptions['source'];
  /** Conversion progress changed (`ds.conversion`). */
  onConversion?: () => void;
  /** A file's part file that the dataset reads: removed when the dataset is closed. */
  onOwnFile?: (file: string) => void;
}

/** Whether a dataset has a .jsonl.gz that is not decompressed yet: it is then indexed by `streamFiles`. */
export async function anyToDecompress(found: Discovered, convertDir: string): Promise<boolean> {
  for (const f of found.files) if (await needsDecompressing(f, convertDir)) return true;
  return false;
}

/**
 * Prepares and indexes a dataset's files one after the other, in file
 * order, on `run`: plain files are split into chunks as soon as they are
 * prepared, and a .jsonl.gz is indexed while it is decompressed (see
 * `streamGz`). Chunks are added in file order, so the indexes are the same
 * as `prepareFiles` + `planChunks` give once everything is decompressed.
 */
export async function streamFiles(ds: OpenDataset, found: Discovered, run: IndexRun, opts: StreamOptions): Promise<void> {
  warnIfNoFiles(ds, found);
  // Problems first: rows shown during decompression already show their task.
  for (const p of found.problems) await loadProblems(p.path, p.relPath, ds.problems, ds.fileIssues);
  const plainSize = chunkSize(
    found.files.reduce((n, f) => n + (f.kind === 'jsonl.gz' ? 0 : f.size), 0),
    opts.workers,
  );
  for (const source of found.files) {
    if (source.kind === 'jsonl.gz') {
      await streamGz(ds, source, run, opts);
      continue;
    }
    const prepared = await prepareFile(source, opts.convertDir, conversionTracker(ds, source, opts.onConversion));
    addChunks(ds, run, await addPrepared(ds, source, prepared), plainSize);
  }
}

/** Scans the whole of a prepared file. */
function addChunks(ds: OpenDataset, run: IndexRun, entry: FileEntry, size: number): void {
  if (!entry.adapter) return;
  const file = ds.files.indexOf(entry);
  for (const c of fileChunks(file, entry.dataSize, size, ds.chunks.length === 0)) run.add(c);
}

/**
 * Decompresses a .jsonl.gz and indexes it as it lands: once the first
 * STREAM_FIRST_BYTES are decoded in complete lines and they tell the
 * format, the file joins the file table (its data path is the part file
 * being written) and each batch of newly decoded complete lines becomes a
 * chunk; the last line without a newline is indexed at the end. Anything
 * unusual (a JSON array, an empty or unrecognised file, a cached copy) is
 * prepared as before once decompression is done.
 */
async function streamGz(ds: OpenDataset, source: SourceFile, run: IndexRun, opts: StreamOptions): Promise<void> {
  let state = 'waiting' as 'waiting' | 'streaming' | 'off';
  let entry: FileEntry | null = null;
  let file = -1;
  let scheduled = 0;
  let lastAdded = 0;
  const onWritten = async (part: string, _written: number, complete: number) => {
    if (state === 'off' || complete <= scheduled) return;
    if (state === 'waiting') {
      if (complete < STREAM_FIRST_BYTES) return;
      const first = await firstByte(part);
      if (first === null || first === 0x5b /* [ */) return void (state = 'off');
      const det = await detectHead(part, complete);
      if (!det) return; // the first lines so far cannot tell the format: wait for more
      if (!adapterFor(ds, det)) return void (state = 'off');
      entry = await addFile(ds, source, { dataPath: part, issues: [] }, det);
      file = ds.files.indexOf(entry);
      state = 'streaming';
    } else {
      // Chunks double from the first one up to the full size: the first screens fill at once.
      const due = Math.min(opts.chunkBytes ?? STREAM_CHUNK_BYTES, Math.max(STREAM_FIRST_BYTES, scheduled));
      if (complete - scheduled < due && Date.now() - lastAdded < STREAM_CHUNK_MS) return;
    }
    run.add(newChunk(file, scheduled, complete));
    entry!.dataSize = scheduled = complete;
    lastAdded = Date.now();
    ds.generation++;
  };
  const done = await decompressShared(source, opts.convertDir, {
    onProgress: conversionTracker(ds, source, opts.onConversion),
    signal: opts.signal,
    source: opts.gzipSource,
    onWritten: (part, written, complete) => onWritten(part, written, complete).catch(() => void (state = state === 'waiting' ? 'off' : state)),
  });
  if (done.own) opts.onOwnFile?.(done.dataPath);
  ds.conversion = null;
  opts.onConversion?.();
  ds.fileIssues.push(...done.issues);
  if (state === 'streaming' && entry) {
    // The rest: complete lines decoded since the last chunk, and a last line without a newline.
    const { size } = await fs.stat(done.dataPath);
    if (size > scheduled) run.add(newChunk(file, scheduled, size));
    (entry as FileEntry).dataSize = size;
    return;
  }
  const prepared = await prepareDecoded(source, done.dataPath, opts.convertDir, [], conversionTracker(ds, source, opts.onConversion));
  const added = await addPrepared(ds, source, prepared);
  addChunks(ds, run, added, chunkSize(added.dataSize, opts.workers));
}
