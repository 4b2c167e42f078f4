import type { KappaResult } from './cohen';

/**
 * Fleiss' kappa (1971) from a subjects × categories count table in which
 * every row sums to the same number of raters n (n ≥ 2).
 */
export function fleissKappaFromCounts(counts: ReadonlyArray<ReadonlyArray<number>>): KappaResult {
  const N = counts.length;
  if (N === 0) return { kappa: null, items: 0, observed: null, expected: null };
  const n = counts[0]!.reduce((s, x) => s + x, 0);
  const k = counts[0]!.length;
  if (n < 2) throw new RangeError('Fleiss kappa needs at least two ratings per subject');
  const colTotals = new Array<number>(k).fill(0);
  let sumP = 0;
  counts.forEach((row, i) => {
    const rowTotal = row.reduce((s, x) => s + x, 0);
    if (row.length !== k || rowTotal !== n) {
      throw new RangeError(`Fleiss kappa: subject ${i + 1} has ${rowTotal} ratings in ${row.length} categories, expected ${n} in ${k}`);
    }
    let agreePairs = 0;
    row.forEach((x, j) => {
      colTotals[j]! += x;
      agreePairs += x * (x - 1);
    });
    sumP += agreePairs / (n * (n - 1));
  });
  const observed = sumP / N;
  const expected = colTotals.reduce((s, t) => s + (t / (N * n)) ** 2, 0);
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { kappa, items: N, observed, expected };
}

/** Fleiss' kappa from raw ratings: one array of category values per subject, all of the same length. */
export function fleissKappa(subjects: ReadonlyArray<ReadonlyArray<string>>): KappaResult {
  const categories = [...new Set(subjects.flat())].sort();
  const col = new Map(categories.map((c, i) => [c, i]));
  const counts = subjects.map((ratings) => {
    const row = new Array<number>(categories.length).fill(0);
    for (const r of ratings) row[col.get(r)!]! += 1;
    return row;
  });
  return fleissKappaFromCounts(counts);
}
