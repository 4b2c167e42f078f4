import { OpenDataset } from './openDataset';
import type { ScanJob, WorkerMessage } from './worker/protocol';
import type { WorkerPool } from './workerPool';

/** The first chunk is small so the first page is on screen quickly, whatever the file size. */
const FIRST_CHUNK = 256 * 1024;
const MIN_CHUNK = 4 * 1024 * 1024;
const MAX_CHUNK = 64 * 1024 * 1024;

/** Splits every indexable file into byte ranges: about four per worker for balance. */
export function planChunks(ds: OpenDataset, workers: number): void {
  const total = ds.files.reduce((n, f) => n + (f.adapter ? f.dataSize : 0), 0);
  const size = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(total / (workers * 4))));
  ds.chunks = [];
  ds.bytesTotal = total;
  ds.files.forEach((f, file) => {
    if (!f.adapter) return;
    let start = 0;
    if (ds.chunks.length === 0 && f.dataSize > FIRST_CHUNK * 2) {
      ds.chunks.push({ file, start: 0, end: FIRST_CHUNK, lines: null, linesSeen: 0, bytesDone: 0 });
      start = FIRST_CHUNK;
    }
    while (start < f.dataSize) {
      const end = f.dataSize - start < size * 1.5 ? f.dataSize : start + size;
      ds.chunks.push({ file, start, end, lines: null, linesSeen: 0, bytesDone: 0 });
      start = end;
    }
  });
}

/**
 * Chunks for bytes appended to already indexed files (a training run writing
 * its JSONL): each grown file gets chunks over [old size, new size).
 */
export function planAppend(ds: OpenDataset, grown: Array<{ file: number; from: number; to: number }>): void {
  const size = MAX_CHUNK;
  for (const g of grown) {
    for (let start = g.from; start < g.to; start += size) ds.chunks.push({ file: g.file, start, end: Math.min(g.to, start + size), lines: null, linesSeen: 0, bytesDone: 0 });
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
 * Scans every chunk on the pool and appends each batch to the column index
 * in chunk order (file order): a record's index is its position among the
 * records, the same on every machine and every open, so `sample=<index>` in a
 * link sent to a colleague opens the same sample. Workers finish out of
 * order; batches of a chunk that runs ahead wait (a few column rows each, not
 * the text) until every chunk before it is in. Progress counts bytes as they
 * are read. A chunk that fails (file removed or unreadable mid-scan) is
 * reported as an issue and the others go on.
 */
export async function runIndex(ds: OpenDataset, pool: WorkerPool, opts: IndexOptions, fromChunk = 0): Promise<void> {
  let next = fromChunk; // the chunk whose batches are appended as they come
  const held = new Map<number, Extract<WorkerMessage, { kind: 'batch' }>[]>();
  const finished = new Set<number>();

  const append = (k: number, msg: Extract<WorkerMessage, { kind: 'batch' }>) => {
    const c = ds.chunks[k];
    const f = ds.files[c.file];
    if (msg.count) ds.columns.append(msg, c.file, k);
    for (const issue of msg.issues) {
      if (ds.rawIssues.length < OpenDataset.MAX_ISSUES) ds.rawIssues.push({ chunk: k, issue });
      else if (issue.severity !== 'warning') ds.droppedErrors++;
    }
    f.records += msg.count;
    f.skipped += msg.issues.filter((i) => i.severity !== 'warning').length;
  };
  const finish = (k: number) => {
    finished.add(k);
    while (finished.has(next)) {
      next++;
      for (const msg of held.get(next) ?? []) append(next, msg);
      held.delete(next);
    }
  };

  const jobs = ds.chunks.slice(fromChunk).map((c, i) => {
    const k = fromChunk + i;
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
      firstBatch: i === 0 ? 200 : 20_000,
      strict: opts.strict,
    };
    return pool
      .run(job, (msg: WorkerMessage) => {
        if (msg.kind === 'batch') {
          if (k === next) append(k, msg);
          else held.set(k, [...(held.get(k) ?? []), msg]);
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
      .finally(() => finish(k));
  });
  await Promise.all(jobs);
  ds.columns.resolveLines(ds.chunkFirstLines(), ds.resolvedRows);
  ds.resolvedRows = ds.columns.count;
  ds.generation++;
}
