import { percentileSorted } from '../../analysis/bootstrap';
import { mulberry32 } from '../../analysis/prng';

export interface AgreementCI {
  lo: number;
  hi: number;
  level: number;
  resamples: number;
  seed: number;
}

export interface AgreementCIOptions {
  resamples?: number;
  seed?: number;
  level?: number;
  /** Told the number of resamples done, every few dozen and after the last (for a progress bar). */
  onProgress?: (done: number) => void;
}

const PROGRESS_EVERY = 50;

/**
 * Percentile bootstrap interval of an agreement statistic, resampling the
 * rated items (samples) with replacement, as Krippendorff (2004) and Hayes &
 * Krippendorff (2007) suggest for alpha. Seeded: the same labels and seed give
 * the same interval in the app and in a paper. Resamples where the statistic
 * is undefined (no variation) are left out; null when fewer than two items or
 * when most resamples are undefined.
 */
export function bootstrapAgreement<T>(items: readonly T[], stat: (sample: T[]) => number | null, options: AgreementCIOptions = {}): AgreementCI | null {
  const { resamples = 1000, seed = 1, level = 0.95, onProgress } = options;
  const n = items.length;
  if (n < 2) {
    onProgress?.(resamples);
    return null;
  }
  const random = mulberry32(seed);
  const values: number[] = [];
  const sample = new Array<T>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = items[(random() * n) | 0]!;
    const v = stat(sample);
    if (v !== null && Number.isFinite(v)) values.push(v);
    if (onProgress && ((r + 1) % PROGRESS_EVERY === 0 || r + 1 === resamples)) onProgress(r + 1);
  }
  if (values.length < resamples / 2) return null;
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { lo: percentileSorted(values, tail), hi: percentileSorted(values, 1 - tail), level, resamples, seed };
}
