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

/**
 * Rows whose raw record contains the term (ASCII case-insensitive), as a
 * bitmap over rows. The files' bytes are searched by the worker pool in
 * 32 MB ranges; only hits are sent back, then mapped to rows here.
 */
export async function searchText(ds: OpenDataset, pool: WorkerPool, term: string): Promise<Uint8Array> {
  const needles = needlesFor(term);
  const count = ds.columns.count;
  const hitsByFile: Float64Array[][] = ds.files.map(() => []);
  const jobs: Promise<void>[] = [];
  ds.files.forEach((f, fi) => {
    if (!f.adapter) return;
    for (let start = 0; start < f.dataSize; start += RANGE) {
      const job: Omit<SearchJob, 'jobId'> = { kind: 'search', path: f.dataPath, start, end: Math.min(f.dataSize, start + RANGE), needles };
      jobs.push(
        pool.run(job, (msg: WorkerMessage) => {
          if (msg.kind === 'hits') hitsByFile[fi].push(...msg.hits);
        }),
      );
    }
  });
  await Promise.all(jobs);
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
