import { bootstrapMeanCI, type BootstrapOptions } from './bootstrap';
import type { CellCounts } from './cells';
import { signTestP } from './ci';
import type { SampleColumns } from './columns';
import { pairRates } from './pairs';
import type { PairedResult } from './types';

/**
 * Paired comparison of two iterations over the problems present in both:
 * mean difference in per-problem pass rate (b − a) with a percentile
 * bootstrap interval over problems, counts improved/regressed/unchanged and
 * an exact sign test — what a results section reports.
 */
export function computePaired(
  cols: SampleColumns,
  cells: CellCounts,
  a: number,
  b: number,
  split: string | null = null,
  options: BootstrapOptions = {},
): PairedResult {
  const splitCode = split === null ? null : cols.splits.indexOf(split);
  const { pairs, onlyInFrom, onlyInTo } =
    splitCode === -1 ? { pairs: [], onlyInFrom: 0, onlyInTo: 0 } : pairRates(cells, a, b, splitCode);
  const diffs = new Float64Array(pairs.length);
  let improved = 0;
  let regressed = 0;
  let sumA = 0;
  let sumB = 0;
  pairs.forEach((p, i) => {
    diffs[i] = p.to.rate! - p.from.rate!;
    if (diffs[i]! > 0) improved++;
    else if (diffs[i]! < 0) regressed++;
    sumA += p.from.rate!;
    sumB += p.to.rate!;
  });
  const n = pairs.length;
  const ci = bootstrapMeanCI(diffs, options);
  return {
    a,
    b,
    split,
    pairs: n,
    onlyInA: onlyInFrom,
    onlyInB: onlyInTo,
    meanDiff: n ? (sumB - sumA) / n : null,
    ci: ci && { lo: ci.lo, hi: ci.hi, level: ci.level, resamples: ci.resamples, seed: ci.seed },
    improved,
    regressed,
    unchanged: n - improved - regressed,
    signTestP: signTestP(improved, regressed),
    meanRateA: n ? sumA / n : null,
    meanRateB: n ? sumB / n : null,
  };
}
