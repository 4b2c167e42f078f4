import { normalQuantile } from './normal';
import type { MeanCI, Proportion } from './types';

/**
 * 95% Wilson score interval for a proportion: unlike the normal (Wald)
 * interval it stays inside [0, 1] and is sensible for 0/n and n/n, which are
 * common here (an iteration that solves every sample of a problem).
 * Null when there are no trials.
 */
export function wilson(successes: number, trials: number, level = 0.95): Proportion | null {
  if (trials <= 0) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { value: p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half), successes, trials };
}

// Two-sided 95% Student t critical values for 1..30 degrees of freedom.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/**
 * Two-sided Student t critical value. Exact table for 95% and df ≤ 30,
 * otherwise the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5), which
 * is within 0.1% of the true value for df > 30.
 */
export function tCritical(df: number, level = 0.95): number {
  if (df < 1) throw new RangeError(`tCritical: df must be ≥ 1, got ${df}`);
  if (level === 0.95 && df <= 30) return T975[Math.floor(df) - 1]!;
  const z = normalQuantile(1 - (1 - level) / 2);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

/** Mean with a t interval (for human label scores). Null for no values; no interval for one value. */
export function meanCI(values: ArrayLike<number>, level = 0.95): MeanCI | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  if (n < 2) return { mean, lo: null, hi: null, n };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
  const se = Math.sqrt(ss / (n - 1) / n);
  const half = tCritical(n - 1, level) * se;
  return { mean, lo: mean - half, hi: mean + half, n };
}

/**
 * Two-sided exact sign test: the probability, with no true difference, of a
 * split of improved vs regressed problems at least this lopsided. Computed in
 * log space so that thousands of problems do not underflow. Null when n = 0.
 */
export function signTestP(improved: number, regressed: number): number | null {
  const n = improved + regressed;
  if (n === 0) return null;
  const m = Math.min(improved, regressed);
  let logTerm = -n * Math.LN2; // log C(n,0) / 2^n
  let logSum = logTerm;
  for (let i = 0; i < m; i++) {
    logTerm += Math.log(n - i) - Math.log(i + 1);
    logSum = logAddExp(logSum, logTerm);
  }
  return Math.min(1, 2 * Math.exp(logSum));
}

function logAddExp(a: number, b: number): number {
  const hi = Math.max(a, b);
  return hi + Math.log(Math.exp(a - hi) + Math.exp(b - hi));
}
