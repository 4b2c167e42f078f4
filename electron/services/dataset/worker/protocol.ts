import type { PathFacts } from '../../../../shared/dataset/pathInfer';
import type { FieldMapping } from '../../../../shared/dataset/adapters';

/** Index a byte range of one JSONL file: records whose line starts in [start, end). */
export interface ScanJob {
  kind: 'scan';
  jobId: number;
  path: string;
  /** Path relative to the dataset root, for adapters' messages. */
  relPath: string;
  start: number;
  end: number;
  adapter: string;
  mapping: FieldMapping | null;
  pathFacts: PathFacts;
  /** Records in the first batch: small so the first page shows at once. */
  firstBatch: number;
  /** Always JSON.parse (validate): slower, but checks every byte of every record. */
  strict: boolean;
}

/** Find every occurrence of the needles (lower-cased latin1 views of UTF-8 bytes) in [start, end). */
export interface SearchJob {
  kind: 'search';
  jobId: number;
  path: string;
  start: number;
  end: number;
  needles: string[];
  /** An Int32 flag shared with the main thread: non-zero asks the worker to stop (a newer query superseded this one). */
  cancel?: SharedArrayBuffer;
}

export type WorkerJob = ScanJob | SearchJob;

export interface RawIssue {
  /** Line within the chunk, 0-based; the main thread adds the chunk's first line. */
  relLine: number;
  reason: string;
  excerpt?: string;
  severity?: 'error' | 'warning';
}

/** Column slices for records in file order within the chunk. Codes index `dict`. */
export interface ScanBatch {
  kind: 'batch';
  jobId: number;
  count: number;
  offsets: Float64Array;
  lengths: Uint32Array;
  relLines: Uint32Array;
  problem: Uint32Array;
  split: Uint32Array;
  /** -1 for no model. */
  model: Int32Array;
  iteration: Int32Array;
  sampleIndex: Int32Array;
  /** 1 passed, 0 failed, -1 unknown. */
  passed: Int8Array;
  rationaleChars: Uint32Array;
  dict: string[];
  issues: RawIssue[];
  /** Bytes of the chunk consumed so far, and lines seen. */
  bytesDone: number;
  lines: number;
}

export interface ScanDone {
  kind: 'done';
  jobId: number;
  /** Number of lines that start in the chunk (for absolute line numbers). */
  lines: number;
  bytes: number;
}

export interface SearchResult {
  kind: 'hits';
  jobId: number;
  /** Per needle, the file offsets where it occurs. */
  hits: Float64Array[];
}

export interface WorkerFailure {
  kind: 'error';
  jobId: number;
  message: string;
}

/** Sent once by a worker when it has started. */
export interface WorkerReady {
  kind: 'ready';
  jobId?: undefined;
}

export type WorkerMessage = ScanBatch | ScanDone | SearchResult | WorkerFailure;
