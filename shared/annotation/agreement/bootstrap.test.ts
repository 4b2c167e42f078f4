import { describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from '../defaultRubric';
import { fixtureLabel } from '../testFixtures';
import { bootstrapAgreement } from './bootstrap';
import { agreementByDimension } from './byDimension';
import { krippendorffAlpha } from './krippendorff';

const units = Array.from({ length: 60 }, (_, i) => {
  const v = String((i % 5) + 1);
  // Two coders agree on most units and differ by one step on every fifth.
  return [v, i % 5 === 0 ? String(((i + 1) % 5) + 1) : v];
});
const alpha = (s: string[][]) => krippendorffAlpha(s, 'ordinal', ['1', '2', '3', '4', '5']).alpha;

describe('bootstrap intervals for agreement', () => {
  it('brackets the point estimate and is reproducible with a seed', () => {
    const point = alpha(units)!;
    const a = bootstrapAgreement(units, alpha, { seed: 7, resamples: 500 })!;
    expect(a.lo).toBeLessThan(point);
    expect(a.hi).toBeGreaterThan(point);
    expect(a.hi).toBeLessThanOrEqual(1);
    expect(bootstrapAgreement(units, alpha, { seed: 7, resamples: 500 })).toEqual(a);
    expect(bootstrapAgreement(units, alpha, { seed: 8, resamples: 500 })).not.toEqual(a);
  });
  it('narrows as items grow', () => {
    const small = bootstrapAgreement(units.slice(0, 20), alpha, { resamples: 500 })!;
    const big = bootstrapAgreement([...units, ...units, ...units], alpha, { resamples: 500 })!;
    expect(big.hi - big.lo).toBeLessThan(small.hi - small.lo);
  });
  it('is null for fewer than two items', () => {
    expect(bootstrapAgreement([units[0]!], alpha)).toBeNull();
  });
  it('is attached per dimension when asked for', () => {
    const labels = units.flatMap((u, i) => [
      fixtureLabel('ann', `P${i}`, { usefulness: u[0]! }),
      fixtureLabel('bob', `P${i}`, { usefulness: u[1]! }),
    ]);
    const row = agreementByDimension(labels, NEXT_RUBRIC, undefined, { resamples: 200 }).find((r) => r.dimension === 'usefulness')!;
    expect(row.ci?.alphaOrdinal?.lo).toBeLessThan(row.alphaOrdinal!.alpha!);
    expect(row.ci?.cohen).not.toBeNull();
    expect(agreementByDimension(labels, NEXT_RUBRIC)[0]!.ci).toBeUndefined();
  });
});
