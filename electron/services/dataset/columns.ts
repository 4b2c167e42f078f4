import type { ScanBatch } from './worker/protocol';

/** A string dictionary: code ↔ value. */
export class Dict {
  readonly values: string[] = [];
  private codes = new Map<string, number>();
  code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(s);
      this.codes.set(s, c);
    }
    return c;
  }
  lookup(s: string): number | undefined {
    return this.codes.get(s);
  }
  static from(values: string[]): Dict {
    const d = new Dict();
    for (const v of values) d.code(v);
    return d;
  }
}

const COLUMN_TYPES = {
  file: Uint16Array,
  chunk: Uint32Array,
  offset: Float64Array,
  length: Uint32Array,
  line: Uint32Array,
  problem: Uint32Array,
  split: Uint16Array,
  model: Int32Array,
  iteration: Int32Array,
  sampleIndex: Int32Array,
  passed: Int8Array,
  rationaleChars: Uint32Array,
  /** Derived grounding counts; -1 until the background pass computed them. */
  gConsistent: Int32Array,
  gContradicted: Int32Array,
  gUnverifiable: Int32Array,
} as const;

export type ColumnName = keyof typeof COLUMN_TYPES;
export const COLUMN_NAMES = Object.keys(COLUMN_TYPES) as ColumnName[];
type Cols = { [K in ColumnName]: InstanceType<(typeof COLUMN_TYPES)[K]> };

/**
 * The in-memory index: one typed array per column (about 60 bytes a record,
 * outside the JS heap), grown by doubling. Row i is the i-th record to arrive;
 * `line` is relative to its chunk until `resolveLines` runs.
 */
export class Columns {
  count = 0;
  cols: Cols;
  readonly problems = new Dict();
  readonly splits = new Dict();
  readonly models = new Dict();

  constructor(capacity = 1024) {
    this.cols = Object.fromEntries(COLUMN_NAMES.map((n) => [n, new COLUMN_TYPES[n](capacity)])) as unknown as Cols;
  }

  private ensure(extra: number): void {
    const need = this.count + extra;
    const cap = this.cols.offset.length;
    if (need <= cap) return;
    let next = cap * 2;
    while (next < need) next *= 2;
    for (const n of COLUMN_NAMES) {
      const grown = new COLUMN_TYPES[n](next);
      grown.set(this.cols[n] as never);
      (this.cols as Record<string, unknown>)[n] = grown;
    }
  }

  /** Appends a worker batch, re-coding its batch-local strings into the global dictionaries. */
  append(b: ScanBatch, file: number, chunk: number): void {
    this.ensure(b.count);
    const local = b.dict;
    const pMap = new Int32Array(local.length).fill(-1);
    const sMap = new Int32Array(local.length).fill(-1);
    const mMap = new Int32Array(local.length).fill(-1);
    const c = this.cols;
    const at = this.count;
    for (let i = 0; i < b.count; i++) {
      const r = at + i;
      const p = b.problem[i];
      if (pMap[p] < 0) pMap[p] = this.problems.code(local[p]);
      const s = b.split[i];
      if (sMap[s] < 0) sMap[s] = this.splits.code(local[s]);
      const m = b.model[i];
      if (m >= 0 && mMap[m] < 0) mMap[m] = this.models.code(local[m]);
      c.problem[r] = pMap[p];
      c.split[r] = sMap[s];
      c.model[r] = m >= 0 ? mMap[m] : -1;
    }
    c.file.fill(file, at, at + b.count);
    c.chunk.fill(chunk, at, at + b.count);
    c.offset.set(b.offsets, at);
    c.length.set(b.lengths, at);
    c.line.set(b.relLines, at);
    c.iteration.set(b.iteration, at);
    c.sampleIndex.set(b.sampleIndex, at);
    c.passed.set(b.passed, at);
    c.rationaleChars.set(b.rationaleChars, at);
    c.gConsistent.fill(-1, at, at + b.count);
    c.gContradicted.fill(-1, at, at + b.count);
    c.gUnverifiable.fill(-1, at, at + b.count);
    this.count += b.count;
  }

  /** Turns chunk-relative lines into 1-based file lines once every chunk's line count is known. */
  resolveLines(chunkFirstLine: ArrayLike<number>, fromRow = 0): void {
    const { line, chunk } = this.cols;
    for (let r = fromRow; r < this.count; r++) line[r] += chunkFirstLine[chunk[r]];
  }

  /**
   * Row ids in file order (chunks are numbered in file order, or ranked by
   * `rank`, and each chunk's rows arrive in order): a counting sort on the chunk column.
   */
  fileOrder(chunks: number, rank?: ArrayLike<number>): Uint32Array {
    // `rank` puts chunks in file order when they were not numbered so (chunks appended to a grown file).
    const counts = new Uint32Array(chunks + 1);
    const { chunk } = this.cols;
    const at = (r: number) => (rank ? rank[chunk[r]] : chunk[r]);
    for (let r = 0; r < this.count; r++) counts[at(r) + 1]++;
    for (let k = 1; k <= chunks; k++) counts[k] += counts[k - 1];
    const order = new Uint32Array(this.count);
    for (let r = 0; r < this.count; r++) order[counts[at(r)]++] = r;
    return order;
  }

  /** The columns trimmed to `count` (for the cache file). */
  trimmed(): Cols {
    return Object.fromEntries(COLUMN_NAMES.map((n) => [n, this.cols[n].subarray(0, this.count)])) as unknown as Cols;
  }

  /** Rebuilds an index from cached columns and dictionaries. */
  static restore(count: number, cols: Cols, problems: string[], splits: string[], models: string[]): Columns {
    const c = new Columns(1);
    c.count = count;
    c.cols = cols;
    for (const p of problems) c.problems.code(p);
    for (const s of splits) c.splits.code(s);
    for (const m of models) c.models.code(m);
    return c;
  }
}

export { COLUMN_TYPES };
