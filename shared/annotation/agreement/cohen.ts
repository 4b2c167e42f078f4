/** Result of a kappa statistic: null when it is undefined (chance agreement is 1, or no items). */
export interface KappaResult {
  kappa: number | null;
  /** Items the statistic was computed over. */
  items: number;
  /** Observed proportion of agreement. */
  observed: number | null;
  /** Agreement expected by chance. */
  expected: number | null;
}

/**
 * Cohen's kappa (1960) for two raters who each rated every item:
 * κ = (p_o − p_e) / (1 − p_e), with p_e from each rater's own marginals.
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): KappaResult {
  const n = pairs.length;
  if (n === 0) return { kappa: null, items: 0, observed: null, expected: null };
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const observed = agree / n;
  let expected = 0;
  for (const [cat, count] of a) expected += (count / n) * ((b.get(cat) ?? 0) / n);
  // Both raters used one and the same category throughout: agreement cannot be told from chance.
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { kappa, items: n, observed, expected };
}
