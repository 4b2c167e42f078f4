import { OpenDataset, type Chunk } from './openDataset';
import type { ScanJob, WorkerMessage } from './worker/protocol';
import type { WorkerPool } from './workerPool';

/** The first chunk is small so the first page is on screen quickly, whatever the file size. */
const FIRST_CHUNK = 256 * 1024;
const MIN_CHUNK = 4 * 1024 * 1024;
const MAX_CHUNK = 64 * 1024 * 1024;

/** Chunk size for `total` bytes: about four chunks per worker for balance. */
export function chunkSize(total: number, workers: number): number {
  return Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(total / (workers * 4))));
}

/** Byte ranges over [0, dataSize) of file `file`; the first one small when `first` (the dataset's first chunk). */
export function fileChunks(file: number, dataSize: number, size: number, first: boolean): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  if (first && dataSize > FIRST_CHUNK * 2) {
    chunks.push(newChunk(file, 0, FIRST_CHUNK));
    start = FIRST_CHUNK;
  }
  while (start < dataSize) {
    const end = dataSize - start < size * 1.5 ? dataSize : start + size;
    chunks.push(newChunk(file, start, end));
    start = end;
  }
  return chunks;
}

export function newChunk(file: number, start: number, end: number): Chunk {
  return { file, start, end, lines: null, linesSeen: 0, bytesDone: 0 };
}

/** Splits every indexable file into byte ranges: about four per worker for balance. */
export function planChunks(ds: OpenDataset, workers: number): void {
  const total = ds.files.reduce((n, f) => n + (f.adapter ? f.dataSize : 0), 0);
  const size = chunkSize(total, workers);
  ds.chunks = [];
  ds.bytesTotal = total;
  ds.files.forEach((f, file) => {
    if (f.adapter) ds.chunks.push(...fileChunks(file, f.dataSize, size, ds.chunks.length === 0));
  });
}

/**
 * Chunks for bytes appended to already indexed files (a training run writing
 * its JSONL): each grown file gets chunks over [old size, new size).
 */
export function planAppend(ds: OpenDataset, grown: Array<{ file: number; from: number; to: number }>): void {
  const size = MAX_CHUNK;
  for (const g of grown) {
    for (let start = g.from; start < g.to; start += size) ds.chunks.push(newChunk(g.file, start, Math.min(g.to, start + size)));
    ds.files[g.file].dataSize = g.to;
    ds.bytesTotal += g.to - g.from;
  }
  ds.appended = true;
}

export interface IndexOptions {
  strict: boolean;
  /** Called after every batch (rows were added). */
  onRows?: () => void;
}

/**
 * Scans every chunk from `fromChunk` on and those `feed` adds meanwhile (see
 * `IndexRun`), and resolves the rows' line numbers once all are in.
 */
export async function runIndex(ds: OpenDataset, pool: WorkerPool, opts: IndexOptions, fromChunk = 0, feed?: (run: IndexRun) => Promise<void>): Promise<void> {
  const run = new IndexRun(ds, pool, opts, fromChunk);
  for (let k = fromChunk; k < ds.chunks.length; k++) run.schedule(k);
  await feed?.(run);
  await run.settle();
}

/**
 * Scans chunks on the pool and appends each batch to the column index in
 * chunk order (file order): a record's index is its position among the
 * records, the same on every machine and every open, so `sample=<index>` in a
 * link sent to a colleague opens the same sample. Workers finish out of
 * order; batches of a chunk that runs ahead wait (a few column rows each, not
 * the text) until every chunk before it is in. Chunks may be added while
 * earlier ones are scanned (a .jsonl.gz indexed as it is decompressed), in
 * file order. Progress counts bytes as they are read. A chunk that fails
 * (file removed or unreadable mid-scan) is reported as an issue and the
 * others go on.
 */
export class IndexRun {
  /** The chunk whose batches are appended as they come. */
  private next: number;
  private readonly held = new Map<number, Extract<WorkerMessage, { kind: 'batch' }>[]>();
  private readonly finished = new Set<number>();
  private readonly jobs: Promise<void>[] = [];

  constructor(
    private readonly ds: OpenDataset,
    private readonly pool: WorkerPool,
    private readonly opts: IndexOptions,
    private readonly fromChunk = ds.chunks.length,
  ) {
    this.next = fromChunk;
  }

  /** Adds a chunk after every other one and scans it. */
  add(c: Chunk): void {
    this.ds.chunks.push(c);
    this.ds.bytesTotal += c.end - c.start;
    this.schedule(this.ds.chunks.length - 1);
  }

  /** Scans chunk `k` of `ds.chunks` (each chunk once, in order). */
  schedule(k: number): void {
    const { ds, opts } = this;
    const c = ds.chunks[k];
    const f = ds.files[c.file];
    const job: Omit<ScanJob, 'jobId'> = {
      kind: 'scan',
      path: f.dataPath,
      relPath: f.source.relPath,
      start: c.start,
      end: c.end,
      adapter: f.adapter!,
      mapping: ds.mapping,
      pathFacts: f.pathFacts,
      firstBatch: k === this.fromChunk ? 200 : 20_000,
      strict: opts.strict,
    };
    const done = this.pool
      .run(job, (msg: WorkerMessage) => {
        if (msg.kind === 'batch') {
          if (k === this.next) this.append(k, msg);
          else this.hold(k, msg);
          c.bytesDone = msg.bytesDone;
          c.linesSeen = msg.lines;
          ds.generation++;
          opts.onRows?.();
        } else if (msg.kind === 'done') {
          c.lines = msg.lines;
          c.bytesDone = c.end - c.start;
        }
      })
      .catch((err: Error) => {
        ds.fileIssues.push({ file: f.source.relPath, line: 0, reason: `could not read bytes ${c.start}–${c.end}: ${err.message}` });
        f.skipped++;
        c.lines = c.linesSeen;
        c.bytesDone = c.end - c.start;
      })
      .finally(() => this.finish(k));
    this.jobs.push(done);
  }

  /** Waits for every chunk scheduled (including ones added meanwhile), then resolves line numbers. */
  async settle(): Promise<void> {
    for (let seen = 0; seen < this.jobs.length; ) {
      const upTo = this.jobs.length;
      await Promise.all(this.jobs.slice(seen, upTo));
      seen = upTo;
    }
    const ds = this.ds;
    ds.columns.resolveLines(ds.chunkFirstLines(), ds.resolvedRows);
    ds.resolvedRows = ds.columns.count;
    ds.generation++;
  }

  private append(k: number, msg: Extract<WorkerMessage, { kind: 'batch' }>): void {
    const ds = this.ds;
    const c = ds.chunks[k];
    const f = ds.files[c.file];
    if (msg.count) ds.columns.append(msg, c.file, k);
    for (const issue of msg.issues) {
      if (ds.rawIssues.length < OpenDataset.MAX_ISSUES) ds.rawIssues.push({ chunk: k, issue });
      else if (issue.severity !== 'warning') ds.droppedErrors++;
    }
    f.records += msg.count;
    f.skipped += msg.issues.filter((i) => i.severity !== 'warning').length;
  }

  private hold(k: number, msg: Extract<WorkerMessage, { kind: 'batch' }>): void {
    const held = this.held.get(k);
    if (held) held.push(msg);
    else this.held.set(k, [msg]);
  }

  private finish(k: number): void {
    this.finished.add(k);
    while (this.finished.has(this.next)) {
      this.next++;
      for (const msg of this.held.get(this.next) ?? []) this.append(this.next, msg);
      this.held.delete(this.next);
    }
  }
}
