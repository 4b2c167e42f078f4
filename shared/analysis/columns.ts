/**
 * The compact per-sample columns every analysis reads: one entry per sample,
 * row i being dataset index i (the handle of `dataset:sample`). The dataset
 * engine keeps them while indexing; analyses never touch the long strings.
 * Strings are dictionary-coded so that grouping is integer work.
 */
export interface SampleColumns {
  /** Number of rows (samples) to read; the arrays may be longer (growable buffers). */
  length: number;
  /** Code into `problems`. */
  problem: ArrayLike<number>;
  problems: readonly string[];
  /** Code into `splits`. */
  split: ArrayLike<number>;
  splits: readonly string[];
  iteration: ArrayLike<number>;
  sampleIndex: ArrayLike<number>;
  /** 1 passed, 0 failed, -1 unknown (no test outcome). */
  passed: ArrayLike<number>;
  rationaleChars: ArrayLike<number>;
  /** Dataset index of each row when the columns are a filtered subset (absent: row i is index i). */
  rowIds?: ArrayLike<number>;
  /** Per-sample grounding counts; -1 in `consistent` means "not checked". Absent when no sample was checked. */
  grounding?: {
    consistent: ArrayLike<number>;
    contradicted: ArrayLike<number>;
    unverifiable: ArrayLike<number>;
  } | null;
}

export const PASSED = 1;
export const FAILED = 0;
export const UNKNOWN = -1;

export interface PlainSample {
  problem_id: string;
  split: string;
  iteration: number;
  sample_index: number;
  passed: boolean | null;
  rationaleChars?: number;
  grounding?: { consistent: number; contradicted: number; unverifiable: number } | null;
}

/** Builds columns from plain rows: for tests, benchmarks and small in-memory datasets. */
export function columnsFromSamples(samples: readonly PlainSample[]): SampleColumns {
  const n = samples.length;
  const problemCodes = new Map<string, number>();
  const splitCodes = new Map<string, number>();
  const code = (map: Map<string, number>, key: string) => {
    let c = map.get(key);
    if (c === undefined) map.set(key, (c = map.size));
    return c;
  };
  const cols = {
    problem: new Int32Array(n),
    split: new Int32Array(n),
    iteration: new Int32Array(n),
    sampleIndex: new Int32Array(n),
    passed: new Int8Array(n),
    rationaleChars: new Int32Array(n),
  };
  const hasGrounding = samples.some((s) => s.grounding);
  const grounding = hasGrounding
    ? { consistent: new Int32Array(n).fill(-1), contradicted: new Int32Array(n), unverifiable: new Int32Array(n) }
    : null;
  samples.forEach((s, i) => {
    cols.problem[i] = code(problemCodes, s.problem_id);
    cols.split[i] = code(splitCodes, s.split);
    cols.iteration[i] = s.iteration;
    cols.sampleIndex[i] = s.sample_index;
    cols.passed[i] = s.passed === true ? PASSED : s.passed === false ? FAILED : UNKNOWN;
    cols.rationaleChars[i] = s.rationaleChars ?? 0;
    if (grounding && s.grounding) {
      grounding.consistent[i] = s.grounding.consistent;
      grounding.contradicted[i] = s.grounding.contradicted;
      grounding.unverifiable[i] = s.grounding.unverifiable;
    }
  });
  return { length: n, ...cols, problems: [...problemCodes.keys()], splits: [...splitCodes.keys()], grounding };
}

/**
 * `selectRows` over the rows these columns hold: a query that ran after they
 * were taken may match rows indexed since, which are left out.
 */
export function selectRowsWithin(cols: SampleColumns, rows: ArrayLike<number>): SampleColumns {
  const n = cols.length;
  for (let i = 0; i < rows.length; i++) if (rows[i]! >= n) return selectRows(cols, Array.from(rows).filter((r) => r < n));
  return selectRows(cols, rows);
}

/**
 * The columns of the given rows only (a query's result), as compact copies;
 * `rowIds` keeps each row's dataset index for `dataset:sample`.
 */
export function selectRows(cols: SampleColumns, rows: ArrayLike<number>): SampleColumns {
  const n = rows.length;
  const pick = <T extends Int32Array | Int8Array>(make: new (n: number) => T, src: ArrayLike<number>): T => {
    const out = new make(n);
    for (let i = 0; i < n; i++) out[i] = src[rows[i]!]!;
    return out;
  };
  const ids = new Float64Array(n);
  for (let i = 0; i < n; i++) ids[i] = cols.rowIds ? cols.rowIds[rows[i]!]! : rows[i]!;
  const gr = cols.grounding;
  return {
    length: n,
    problem: pick(Int32Array, cols.problem),
    problems: cols.problems,
    split: pick(Int32Array, cols.split),
    splits: cols.splits,
    iteration: pick(Int32Array, cols.iteration),
    sampleIndex: pick(Int32Array, cols.sampleIndex),
    passed: pick(Int8Array, cols.passed),
    rationaleChars: pick(Int32Array, cols.rationaleChars),
    rowIds: ids,
    grounding: gr
      ? { consistent: pick(Int32Array, gr.consistent), contradicted: pick(Int32Array, gr.contradicted), unverifiable: pick(Int32Array, gr.unverifiable) }
      : null,
  };
}
