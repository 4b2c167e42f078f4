import { PASSED, UNKNOWN, type SampleColumns } from './columns';

/**
 * Per (split, iteration, problem) sample counts: the unit every pass rate,
 * pass@k, flip and paired comparison is computed from. Parallel arrays, one
 * entry per cell that has at least one sample.
 */
export interface CellCounts {
  length: number;
  split: Int32Array;
  /** Code into `iterations` (ascending distinct iteration numbers). */
  iterCode: Int32Array;
  problem: Int32Array;
  /** All samples of the cell, with known outcome, and passing. */
  total: Int32Array;
  known: Int32Array;
  passed: Int32Array;
  iterations: number[];
  /** Iteration code of every row, so that callers need not look it up again. */
  rowIterCode: Int32Array;
}

/** Distinct iterations ascending, and the code of each row. */
export function codeIterations(cols: SampleColumns): { iterations: number[]; rowIterCode: Int32Array } {
  const n = cols.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const it = cols.iteration[i]!;
    if (it < min) min = it;
    if (it > max) max = it;
  }
  const rowIterCode = new Int32Array(n);
  if (n === 0) return { iterations: [], rowIterCode };
  // Iterations are small integers in practice: a lookup table beats a Map by far on a million rows.
  if (max - min <= 1_000_000) {
    const table = new Int32Array(max - min + 1).fill(-1);
    for (let i = 0; i < n; i++) table[cols.iteration[i]! - min] = 0;
    const iterations: number[] = [];
    for (let k = 0; k < table.length; k++) if (table[k] === 0) table[k] = iterations.push(k + min) - 1;
    for (let i = 0; i < n; i++) rowIterCode[i] = table[cols.iteration[i]! - min]!;
    return { iterations, rowIterCode };
  }
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) seen.set(cols.iteration[i]!, 0);
  const iterations = [...seen.keys()].sort((a, b) => a - b);
  iterations.forEach((it, code) => seen.set(it, code));
  for (let i = 0; i < n; i++) rowIterCode[i] = seen.get(cols.iteration[i]!)!;
  return { iterations, rowIterCode };
}

// Above this many possible cells a Map replaces the dense lookup table.
const DENSE_LIMIT = 8_000_000;

export function countCells(cols: SampleColumns): CellCounts {
  const n = cols.length;
  const { iterations, rowIterCode } = codeIterations(cols);
  const P = Math.max(1, cols.problems.length);
  const I = Math.max(1, iterations.length);
  const space = Math.max(1, cols.splits.length) * I * P;
  const dense = space <= DENSE_LIMIT ? new Int32Array(space).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();

  const split = new Int32Array(n);
  const iterCode = new Int32Array(n);
  const problem = new Int32Array(n);
  const total = new Int32Array(n);
  const known = new Int32Array(n);
  const passed = new Int32Array(n);
  let cells = 0;
  for (let i = 0; i < n; i++) {
    const s = cols.split[i]!;
    const it = rowIterCode[i]!;
    const p = cols.problem[i]!;
    const key = (s * I + it) * P + p;
    let c = dense ? dense[key]! : (sparse!.get(key) ?? -1);
    if (c < 0) {
      c = cells++;
      if (dense) dense[key] = c;
      else sparse!.set(key, c);
      split[c] = s;
      iterCode[c] = it;
      problem[c] = p;
    }
    total[c]++;
    const outcome = cols.passed[i]!;
    if (outcome !== UNKNOWN) known[c]++;
    if (outcome === PASSED) passed[c]++;
  }
  return {
    length: cells,
    split: split.subarray(0, cells),
    iterCode: iterCode.subarray(0, cells),
    problem: problem.subarray(0, cells),
    total: total.subarray(0, cells),
    known: known.subarray(0, cells),
    passed: passed.subarray(0, cells),
    iterations,
    rowIterCode,
  };
}
