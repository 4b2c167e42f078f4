import { describe, expect, it } from 'vitest';
import { cohensKappa } from './cohen';
import { fleissKappaFromCounts, fleissKappa } from './fleiss';
import { krippendorffAlpha } from './krippendorff';

describe("Cohen's kappa", () => {
  it('matches the textbook grant-proposal example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4)', () => {
    // Wikipedia, "Cohen's kappa", simple example: p_o = 0.7, p_e = 0.5.
    const pairs: [string, string][] = [
      ...Array.from({ length: 20 }, () => ['yes', 'yes'] as [string, string]),
      ...Array.from({ length: 5 }, () => ['yes', 'no'] as [string, string]),
      ...Array.from({ length: 10 }, () => ['no', 'yes'] as [string, string]),
      ...Array.from({ length: 15 }, () => ['no', 'no'] as [string, string]),
    ];
    const r = cohensKappa(pairs);
    expect(r.items).toBe(50);
    expect(r.observed).toBeCloseTo(0.7, 10);
    expect(r.expected).toBeCloseTo(0.5, 10);
    expect(r.kappa).toBeCloseTo(0.4, 10);
  });
  it('is undefined (null) when both raters always give the same single category', () => {
    expect(cohensKappa([['a', 'a'], ['a', 'a']]).kappa).toBeNull();
  });
});

describe("Fleiss' kappa", () => {
  // Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
  const table = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];
  it('matches the published worked example (P̄ = 0.378, P̄e = 0.213, κ = 0.210)', () => {
    const r = fleissKappaFromCounts(table);
    expect(r.items).toBe(10);
    expect(r.observed).toBeCloseTo(0.378, 3);
    expect(r.expected).toBeCloseTo(0.213, 3);
    expect(r.kappa).toBeCloseTo(0.21, 3);
  });
  it('gives the same value from raw ratings', () => {
    const raw = table.map((row) => row.flatMap((count, cat) => Array.from({ length: count }, () => `c${cat}`)));
    expect(fleissKappa(raw).kappa).toBeCloseTo(fleissKappaFromCounts(table).kappa!, 12);
  });
  it('refuses subjects with different numbers of ratings', () => {
    expect(() => fleissKappaFromCounts([[1, 1], [3, 0]])).toThrow(/subject 2/);
  });
});

describe("Krippendorff's alpha", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
  // 4 observers × 12 units, values 1–5, with missing data (also irr::kripp.alpha's example).
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = observers[0]!.map((_, u) => observers.map((o) => (o[u] === null ? null : String(o[u]))));
  it('nominal alpha is 0.743 on the published reliability data', () => {
    const r = krippendorffAlpha(units, 'nominal');
    expect(r.alpha).toBeCloseTo(0.743, 3);
    // Unit 12 has a single value and is not pairable.
    expect(r.items).toBe(11);
    expect(r.values).toBe(40);
  });
  it('ordinal alpha is 0.815 on the same data', () => {
    expect(krippendorffAlpha(units, 'ordinal', ['1', '2', '3', '4', '5']).alpha).toBeCloseTo(0.815, 3);
  });
  it('is 1 for perfect agreement and null when nothing varies', () => {
    expect(krippendorffAlpha([['a', 'a'], ['b', 'b']], 'nominal').alpha).toBe(1);
    expect(krippendorffAlpha([['a', 'a'], ['a', 'a']], 'nominal').alpha).toBeNull();
  });
  it('rejects ordinal values that are not on the scale', () => {
    expect(() => krippendorffAlpha([['1', '7']], 'ordinal', ['1', '2'])).toThrow(/7/);
  });
});
