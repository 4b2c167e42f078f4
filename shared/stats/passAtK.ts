/**
 * Unbiased pass@k estimator of Chen et al. 2021 ("Evaluating Large Language
 * Models Trained on Code", eq. 1): 1 - C(n-c, k) / C(n, k) for one problem
 * with n samples of which c pass. Computed as a running product so that large
 * n never overflows. Returns null when k > n (the estimate is undefined: "n/a").
 */
export function passAtK(n: number, c: number, k: number): number | null {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k) || n < 0 || c < 0 || c > n || k < 1) {
    throw new RangeError(`passAtK: invalid n=${n} c=${c} k=${k}`);
  }
  if (k > n) return null;
  if (n - c < k) return 1;
  // C(n-c, k) / C(n, k) = prod_{i=n-c+1}^{n} (1 - k / i)
  let ratio = 1;
  for (let i = n - c + 1; i <= n; i++) ratio *= 1 - k / i;
  return 1 - ratio;
}

/**
 * Mean pass@k over problems. Problems with fewer than k samples are left
 * out; when none has k samples the result is null ("n/a").
 */
export function meanPassAtK(problems: ReadonlyArray<{ n: number; c: number }>, k: number): number | null {
  let sum = 0;
  let count = 0;
  for (const { n, c } of problems) {
    const v = passAtK(n, c, k);
    if (v === null) continue;
    sum += v;
    count++;
  }
  return count === 0 ? null : sum / count;
}
