export type AlphaLevel = 'nominal' | 'ordinal';

export interface AlphaResult {
  /** null when there is no variation at all (expected disagreement is 0) or nothing is pairable. */
  alpha: number | null;
  /** Units with at least two values (the only ones alpha can use). */
  items: number;
  /** Pairable values n. */
  values: number;
}

/**
 * Krippendorff's alpha for reliability data with missing values, computed
 * through the coincidence matrix as in Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability" (2011): α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 *
 * `units` holds one array per unit of the values the coders gave (null or
 * absent = not coded). For the ordinal level `order` lists the values from
 * one end of the scale to the other; the metric uses the marginal
 * frequencies between two ranks, so values nobody used have no effect.
 */
export function krippendorffAlpha(
  units: ReadonlyArray<ReadonlyArray<string | null | undefined>>,
  level: AlphaLevel,
  order?: readonly string[],
): AlphaResult {
  const coincidences = new Map<string, Map<string, number>>();
  let items = 0;
  for (const unit of units) {
    const vals = unit.filter((v): v is string => v !== null && v !== undefined);
    const m = vals.length;
    if (m < 2) continue;
    items++;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        let row = coincidences.get(vals[i]!);
        if (!row) coincidences.set(vals[i]!, (row = new Map()));
        row.set(vals[j]!, (row.get(vals[j]!) ?? 0) + 1 / (m - 1));
      }
    }
  }
  const present = [...coincidences.keys()];
  const totals = new Map(present.map((c) => [c, [...coincidences.get(c)!.values()].reduce((s, x) => s + x, 0)]));
  const n = [...totals.values()].reduce((s, x) => s + x, 0);
  if (items === 0) return { alpha: null, items: 0, values: 0 };

  const delta = distance(level, present, totals, order);
  let observed = 0;
  let expected = 0;
  for (const c of present) {
    for (const k of present) {
      const d = delta(c, k);
      if (d === 0) continue;
      observed += (coincidences.get(c)!.get(k) ?? 0) * d;
      expected += totals.get(c)! * totals.get(k)! * d;
    }
  }
  const alpha = expected === 0 ? null : 1 - ((n - 1) * observed) / expected;
  return { alpha, items, values: Math.round(n) };
}

function distance(level: AlphaLevel, present: string[], totals: Map<string, number>, order?: readonly string[]) {
  if (level === 'nominal') return (c: string, k: string) => (c === k ? 0 : 1);
  const ranked = order ? [...order] : [...present].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const unknown = present.filter((v) => !ranked.includes(v));
  if (unknown.length) throw new RangeError(`ordinal alpha: values ${unknown.join(', ')} are not on the scale`);
  const rank = new Map(ranked.map((v, i) => [v, i]));
  const freq = ranked.map((v) => totals.get(v) ?? 0);
  return (c: string, k: string) => {
    if (c === k) return 0;
    const [lo, hi] = [rank.get(c)!, rank.get(k)!].sort((a, b) => a - b);
    let sum = 0;
    for (let g = lo!; g <= hi!; g++) sum += freq[g]!;
    return (sum - (freq[lo!]! + freq[hi!]!) / 2) ** 2;
  };
}
