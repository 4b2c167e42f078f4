import { describe, expect, it } from 'vitest';
import { bootstrapMeanCI, percentileSorted } from './bootstrap';
import { mulberry32 } from './prng';

const diffs = Array.from({ length: 200 }, (_, i) => ((i * 37) % 11) / 10 - 0.3);

describe('bootstrapMeanCI', () => {
  it('is reproducible for a seed and changes with the seed', () => {
    const a = bootstrapMeanCI(diffs, { seed: 7 })!;
    const b = bootstrapMeanCI(diffs, { seed: 7 })!;
    const c = bootstrapMeanCI(diffs, { seed: 8 })!;
    expect(a).toEqual(b);
    expect(c.lo).not.toBe(a.lo);
  });
  it('brackets the mean with a width close to the normal approximation', () => {
    const ci = bootstrapMeanCI(diffs, { resamples: 4000, seed: 3 })!;
    const mean = diffs.reduce((s, d) => s + d, 0) / diffs.length;
    const sd = Math.sqrt(diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / (diffs.length - 1));
    const half = (1.96 * sd) / Math.sqrt(diffs.length);
    expect(ci.mean).toBeCloseTo(mean, 12);
    expect(ci.lo).toBeLessThan(mean);
    expect(ci.hi).toBeGreaterThan(mean);
    expect((ci.hi - ci.lo) / 2).toBeGreaterThan(half * 0.85);
    expect((ci.hi - ci.lo) / 2).toBeLessThan(half * 1.15);
  });
  it('collapses to the value when every problem changed by the same amount', () => {
    const ci = bootstrapMeanCI([0.2, 0.2, 0.2], { seed: 1 })!;
    expect(ci.lo).toBeCloseTo(0.2, 12);
    expect(ci.hi).toBeCloseTo(0.2, 12);
  });
  it('gives no interval for fewer than two problems', () => {
    expect(bootstrapMeanCI([0.5])).toBeNull();
    expect(bootstrapMeanCI([])).toBeNull();
  });
});

describe('percentileSorted and mulberry32', () => {
  it('interpolates like numpy', () => {
    expect(percentileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
  });
  it('draws uniform values in [0, 1)', () => {
    const r = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });
});
