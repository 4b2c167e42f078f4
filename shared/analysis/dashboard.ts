import { passAtK } from '../stats/passAtK';
import { countCells, type CellCounts } from './cells';
import { tCritical, wilson } from './ci';
import { PASSED, UNKNOWN, type SampleColumns } from './columns';
import { boxStats, histogramCounts, niceEdges } from './histogram';
import { sortedRunsByGroup } from './sortedRuns';
import type { DashboardGroup, DashboardResult, GroundingTotals, PassAtKCell } from './types';

const KS = [1, 5, 10] as const;

/**
 * Everything the dashboard draws, per split × iteration, in a few linear
 * passes over the columns (plus a radix sort of the rationale lengths): fix rate
 * with its interval, pass@1/5/10, rationale length distribution (over the
 * samples that have a rationale: `rationale` is null and the histogram all
 * zeros where none has) and grounding.
 */
export function computeDashboard(cols: SampleColumns, cells: CellCounts = countCells(cols)): Omit<DashboardResult, 'computeMs' | 'indexing'> {
  const n = cols.length;
  const S = cols.splits.length;
  const I = cells.iterations.length;
  const G = S * I;
  const groupOf = (row: number) => cols.split[row]! * I + cells.rowIterCode[row]!;

  // Per-group sample tallies; rationale lengths sorted within each group for the quartiles.
  const samples = new Int32Array(G);
  const unknown = new Int32Array(G);
  const passed = new Int32Array(G);
  for (let i = 0; i < n; i++) {
    const g = groupOf(i);
    samples[g]++;
    const o = cols.passed[i]!;
    if (o === UNKNOWN) unknown[g]++;
    else if (o === PASSED) passed[g]++;
  }
  // A sample without a rationale (0 chars) has no length to show: it goes to an extra run G that
  // no statistic reads, as the CLI's mean rationale length also counts only samples with one.
  const { sorted: lengths, offsets: allOffsets } = sortedRunsByGroup(cols.rationaleChars, (row) => (cols.rationaleChars[row]! > 0 ? groupOf(row) : G), G + 1, n);
  const offsets = allOffsets.subarray(0, G + 1);

  // Shared histogram edges from the shortest rationale to the 99th percentile, so one very long
  // rationale does not squash every bin (longer ones land in the last, open-ended bin).
  const edges = offsets[G]! > 0 ? niceEdges(quantileOfSortedRuns(lengths, offsets, 0.99), 20, quantileOfSortedRuns(lengths, offsets, 0)) : [0, 1];

  const perGroup = tallyCells(cells, G, I);
  const grounding = tallyGrounding(cols, G, groupOf);

  const groups: DashboardGroup[] = [];
  const order = splitOrder(cols.splits);
  for (const s of order) {
    for (let it = 0; it < I; it++) {
      const g = s * I + it;
      const sorted = lengths.subarray(offsets[g]!, offsets[g + 1]!);
      const known = samples[g]! - unknown[g]!;
      groups.push({
        split: cols.splits[s]!,
        iteration: cells.iterations[it]!,
        samples: samples[g]!,
        unknown: unknown[g]!,
        problems: perGroup.problems[g]!,
        fixRate: wilson(passed[g]!, known),
        solved: perGroup.solved[g]!,
        passAtK: {
          '1': perGroup.passAtK[0]![g]!,
          '5': perGroup.passAtK[1]![g]!,
          '10': perGroup.passAtK[2]![g]!,
        },
        rationale: boxStats(sorted),
        rationaleHistogram: histogramCounts(sorted, edges),
        grounding: grounding ? grounding[g]! : null,
      });
    }
  }

  return {
    totalSamples: n,
    splits: order.map((s) => cols.splits[s]!),
    iterations: cells.iterations,
    missingIterations: missingRanges(cells.iterations),
    groups,
    rationaleBins: edges,
    hasGrounding: grounding !== null && grounding.some((g) => g !== null),
  };
}

function tallyCells(cells: CellCounts, G: number, I: number) {
  const problems = new Int32Array(G);
  const solved = new Int32Array(G);
  const sums = KS.map(() => new Float64Array(G));
  const squares = KS.map(() => new Float64Array(G));
  const counts = KS.map(() => new Int32Array(G));
  for (let c = 0; c < cells.length; c++) {
    const g = cells.split[c]! * I + cells.iterCode[c]!;
    problems[g]++;
    if (cells.passed[c]! > 0) solved[g]++;
    KS.forEach((k, j) => {
      const v = passAtK(cells.known[c]!, cells.passed[c]!, k);
      if (v === null) return;
      sums[j]![g] += v;
      squares[j]![g] += v * v;
      counts[j]![g]++;
    });
  }
  const passAtKCells: PassAtKCell[][] = KS.map((_, j) =>
    Array.from({ length: G }, (_, g) => passAtKCell(sums[j]![g]!, squares[j]![g]!, counts[j]![g]!)),
  );
  return { problems, solved, passAtK: passAtKCells };
}

/** Mean of per-problem pass@k with a t interval over problems, from running sums. */
export function passAtKCell(sum: number, sumSquares: number, n: number): PassAtKCell {
  if (n === 0) return { value: null, problems: 0, lo: null, hi: null };
  const mean = sum / n;
  if (n < 2) return { value: mean, problems: n, lo: null, hi: null };
  // Rounding can make the variance a hair negative when every problem has the same value.
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  const half = tCritical(n - 1) * Math.sqrt(variance / n);
  return { value: mean, problems: n, lo: Math.max(0, mean - half), hi: Math.min(1, mean + half) };
}

function tallyGrounding(cols: SampleColumns, G: number, groupOf: (row: number) => number): (GroundingTotals | null)[] | null {
  const gr = cols.grounding;
  if (!gr) return null;
  const totals: GroundingTotals[] = Array.from({ length: G }, () => ({ consistent: 0, contradicted: 0, unverifiable: 0, samplesChecked: 0 }));
  for (let i = 0; i < cols.length; i++) {
    if (gr.consistent[i]! < 0) continue;
    const t = totals[groupOf(i)]!;
    t.samplesChecked++;
    t.consistent += gr.consistent[i]!;
    t.contradicted += gr.contradicted[i]!;
    t.unverifiable += gr.unverifiable[i]!;
  }
  return totals.map((t) => (t.samplesChecked ? t : null));
}

/** Gaps in an ascending list of iterations: [0,1,3,17] → [[2,2],[4,16]]. */
export function missingRanges(iterations: readonly number[]): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  for (let i = 1; i < iterations.length; i++) {
    if (iterations[i]! > iterations[i - 1]! + 1) gaps.push([iterations[i - 1]! + 1, iterations[i]! - 1]);
  }
  return gaps;
}

/**
 * The p-quantile (lower nearest rank) of integer values held as sorted runs
 * `values[offsets[g]..offsets[g+1])`, found by bisection on the value and
 * binary searches in each run: no second sort of a million lengths.
 */
export function quantileOfSortedRuns(values: ArrayLike<number>, offsets: Int32Array, p: number): number {
  const runs = offsets.length - 1;
  const n = offsets[runs]! - offsets[0]!;
  if (n === 0) return 0;
  const rank = Math.max(1, Math.ceil(p * n));
  let lo = Infinity;
  let hi = -Infinity;
  for (let g = 0; g < runs; g++) {
    if (offsets[g + 1]! > offsets[g]!) {
      lo = Math.min(lo, values[offsets[g]!]!);
      hi = Math.max(hi, values[offsets[g + 1]! - 1]!);
    }
  }
  // Smallest v with count(values <= v) >= rank.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let count = 0;
    for (let g = 0; g < runs; g++) count += upperBound(values, offsets[g]!, offsets[g + 1]!, mid) - offsets[g]!;
    if (count >= rank) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function upperBound(values: ArrayLike<number>, from: number, to: number, v: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SPLIT_RANK = ['train', 'training', 'dev', 'valid', 'validation', 'val', 'test', 'eval', 'heldout', 'held-out'];

/** Split codes in reading order: train, dev/validation, test, then the others alphabetically. */
export function splitOrder(names: readonly string[]): number[] {
  const rank = (name: string) => {
    const at = SPLIT_RANK.indexOf(name.toLowerCase());
    return at < 0 ? SPLIT_RANK.length : at;
  };
  return names.map((_, i) => i).sort((a, b) => rank(names[a]!) - rank(names[b]!) || names[a]!.localeCompare(names[b]!));
}
