import { percentileSorted } from './bootstrap';
import type { BoxStats } from './types';

/**
 * Bin edges covering [lower, upper] with a "nice" step (1, 2 or 5 × 10^k)
 * and about `target` bins, starting at a multiple of the step, so that axis
 * labels read well ("450–500 chars") rather than 447.3–497.1.
 */
export function niceEdges(upper: number, target = 20, lower = 0): number[] {
  const span = upper - lower;
  if (!(span > 0)) {
    const base = Math.max(0, Math.floor(lower));
    return [base, base + 1];
  }
  const raw = span / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const first = Math.floor(lower / step) * step;
  const edges: number[] = [];
  for (let i = 0; ; i++) {
    const e = first + i * step;
    edges.push(e);
    if (e >= upper) break;
  }
  if (edges.length < 2) edges.push(first + step);
  return edges;
}

/**
 * Counts of `values` per bin of `edges`; values beyond the last edge go to the
 * last bin (the chart labels it open-ended), so the counts always add up.
 */
export function histogramCounts(values: ArrayLike<number>, edges: readonly number[], from = 0, to = values.length): number[] {
  const bins = edges.length - 1;
  const counts = new Array<number>(bins).fill(0);
  const step = edges[1]! - edges[0]!;
  for (let i = from; i < to; i++) {
    let b = Math.floor((values[i]! - edges[0]!) / step);
    if (b < 0) b = 0;
    else if (b >= bins) b = bins - 1;
    counts[b]++;
  }
  return counts;
}

/** Box-plot summary of an ascending array (quartiles by linear interpolation). Null when empty. */
export function boxStats(sorted: ArrayLike<number>): BoxStats | null {
  const n = sorted.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    min: sorted[0]!,
    q1: percentileSorted(sorted, 0.25),
    median: percentileSorted(sorted, 0.5),
    q3: percentileSorted(sorted, 0.75),
    max: sorted[n - 1]!,
    mean: sum / n,
    n,
  };
}
