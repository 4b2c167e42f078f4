import { mulberry32 } from './prng';

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  /** Confidence level of the percentile interval. */
  level?: number;
}

export interface BootstrapCI {
  mean: number;
  lo: number;
  hi: number;
  level: number;
  resamples: number;
  seed: number;
}

/**
 * Percentile bootstrap interval for the mean of paired differences, resampling
 * problems (the unit that is paired across iterations) with replacement.
 * Seeded, so the same data and seed always give the same interval.
 * Null with fewer than two differences: one problem says nothing about spread.
 */
export function bootstrapMeanCI(diffs: ArrayLike<number>, options: BootstrapOptions = {}): BootstrapCI | null {
  const { resamples = 2000, seed = 1, level = 0.95 } = options;
  const n = diffs.length;
  if (n < 2) return null;
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  let total = 0;
  for (let i = 0; i < n; i++) total += diffs[i]!;
  const random = mulberry32(seed);
  const values = Float64Array.from(diffs);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[(random() * n) | 0]!;
    means[r] = sum / n;
  }
  means.sort();
  const alpha = (1 - level) / 2;
  return { mean: total / n, lo: percentileSorted(means, alpha), hi: percentileSorted(means, 1 - alpha), level, resamples, seed };
}

/** Linear-interpolation percentile (type 7, as R and numpy default) of a sorted array. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('percentile of an empty array');
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
