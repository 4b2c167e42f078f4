import type { OpenDataset } from '../openDataset';
import { needlesFor } from '../worker/searchChunk';
import type { SearchJob, WorkerMessage } from '../worker/protocol';
import type { WorkerPool } from '../workerPool';

const RANGE = 32 * 1024 * 1024;

/**
 * Per file, its rows sorted by offset. In file order the rows of one file are
 * a contiguous run (chunks are numbered file by file), so each is a subarray.
 */
function rowsByFile(ds: OpenDataset): Array<{ rows: Uint32Array; offsets: Float64Array }> {
  const order = ds.fileOrder();
  const { file, offset } = ds.columns.cols;
  const out: Array<{ rows: Uint32Array; offsets: Float64Array }> = ds.files.map(() => ({ rows: new Uint32Array(0), offsets: new Float64Array(0) }));
  let start = 0;
  while (start < order.length) {
    const f = file[order[start]];
    let end = start;
    while (end < order.length && file[order[end]] === f) end++;
    const rows = order.subarray(start, end);
    out[f] = { rows, offsets: Float64Array.from(rows, (r) => offset[r]) };
    start = end;
  }
  return out;
}

/** Row whose byte range contains `pos`, or -1. */
function rowAt(index: { rows: Uint32Array; offsets: Float64Array }, lengths: Uint32Array, pos: number): number {
  let lo = 0;
  let hi = index.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.offsets[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  if (hi < 0 || index.offsets[lo] > pos) return -1;
  const r = index.rows[lo];
  return pos < index.offsets[lo] + lengths[r] ? r : -1;
}

/** Rows closer than this are searched as one range: reading a gap is cheaper than another job. */
const MERGE_GAP = 1024 * 1024;

/**
 * Byte ranges to search per file: whole files, or — when facet filters left
 * only some rows (given in file order) — the spans holding those rows, so
 * that `iter:3 "off by one"` reads only iteration 3's files or stretches.
 */
function rangesFor(ds: OpenDataset, candidates: Uint32Array | null): Array<Array<[number, number]>> {
  const ranges: Array<Array<[number, number]>> = ds.files.map(() => []);
  if (!candidates) {
    ds.files.forEach((f, fi) => {
      if (f.adapter && f.dataSize > 0) ranges[fi].push([0, f.dataSize]);
    });
    return ranges;
  }
  const { file, offset, length } = ds.columns.cols;
  for (const r of candidates) {
    const list = ranges[file[r]];
    const s = offset[r];
    const e = s + length[r];
    const last = list[list.length - 1];
    if (last && s >= last[0] && s - last[1] <= MERGE_GAP) last[1] = Math.max(last[1], e);
    else list.push([s, e]);
  }
  return ranges;
}

/**
 * Rows whose raw record contains the term (ASCII case-insensitive), as a
 * bitmap over rows. The bytes are searched by the worker pool in ranges of
 * at most 32 MB (whole files, or only around `candidates`, the rows the facet
 * filters kept, in file order); only hits are sent back, then mapped to rows here.
 * An aborted `signal` drops the jobs not yet started, stops the running ones
 * at their next block, and rejects with the signal's reason.
 */
export async function searchText(ds: OpenDataset, pool: WorkerPool, term: string, candidates: Uint32Array | null = null, signal?: AbortSignal): Promise<Uint8Array> {
  const needles = needlesFor(term);
  // One flag for every job of this search, shared with the workers (not copied by postMessage).
  const cancel = signal ? new SharedArrayBuffer(4) : undefined;
  signal?.addEventListener('abort', () => Atomics.store(new Int32Array(cancel!), 0, 1), { once: true });
  const count = ds.columns.count;
  const hitsByFile: Float64Array[][] = ds.files.map(() => []);
  const jobs: Promise<void>[] = [];
  rangesFor(ds, candidates).forEach((list, fi) => {
    const path = ds.files[fi].dataPath;
    for (const [from, to] of list) {
      for (let start = from; start < to; start += RANGE) {
        const job: Omit<SearchJob, 'jobId'> = { kind: 'search', path, start, end: Math.min(to, start + RANGE), needles, ...(cancel ? { cancel } : {}) };
        jobs.push(
          pool.run(
            job,
            (msg: WorkerMessage) => {
              if (msg.kind === 'hits') hitsByFile[fi].push(...msg.hits);
            },
            signal,
          ),
        );
      }
    }
  });
  await Promise.all(jobs);
  // A job stopped early sent the hits of the blocks it read: incomplete, never used.
  signal?.throwIfAborted();
  const bitmap = new Uint8Array(count);
  const index = rowsByFile(ds);
  const lengths = ds.columns.cols.length;
  hitsByFile.forEach((lists, fi) => {
    for (const hits of lists) {
      for (const pos of hits) {
        const r = rowAt(index[fi], lengths, pos);
        if (r >= 0 && r < count) bitmap[r] = 1;
      }
    }
  });
  return bitmap;
}
