import { describe, expect, it } from 'vitest';
import { meanCI, signTestP, tCritical, wilson } from './ci';
import { normalQuantile } from './normal';

describe('wilson', () => {
  it('gives a non-degenerate interval inside [0, 1] for 0 of 10', () => {
    const w = wilson(0, 10)!;
    expect(w.value).toBe(0);
    expect(w.lo).toBe(0);
    expect(w.hi).toBeCloseTo(0.2775, 3);
  });
  it('matches the textbook value for 45 of 100', () => {
    const w = wilson(45, 100)!;
    expect(w.lo).toBeCloseTo(0.3561, 3);
    expect(w.hi).toBeCloseTo(0.5475, 3);
  });
  it('is null with no trials rather than NaN', () => {
    expect(wilson(0, 0)).toBeNull();
  });
});

describe('meanCI', () => {
  it('uses the t distribution for small samples', () => {
    const ci = meanCI([1, 2, 3, 4, 5])!;
    expect(ci.mean).toBe(3);
    expect(ci.lo).toBeCloseTo(3 - 2.776 * Math.sqrt(2.5 / 5), 3);
    expect(ci.hi).toBeCloseTo(3 + 2.776 * Math.sqrt(2.5 / 5), 3);
  });
  it('has no interval for a single label and nothing for none', () => {
    expect(meanCI([4])).toEqual({ mean: 4, lo: null, hi: null, n: 1 });
    expect(meanCI([])).toBeNull();
  });
  it('approaches the normal value for large df', () => {
    expect(tCritical(100)).toBeCloseTo(1.984, 3);
    expect(tCritical(10_000)).toBeCloseTo(1.96, 2);
  });
});

describe('signTestP', () => {
  it('is exact for small counts', () => {
    expect(signTestP(10, 0)).toBeCloseTo(2 / 1024, 10);
    expect(signTestP(5, 5)).toBe(1);
    expect(signTestP(0, 0)).toBeNull();
  });
  it('does not underflow with thousands of problems', () => {
    const p = signTestP(3000, 2500)!;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-5);
    expect(signTestP(3000, 3010)!).toBeGreaterThan(0.5);
  });
});

describe('normalQuantile', () => {
  it('gives the familiar critical values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829, 5);
    expect(normalQuantile(0.5)).toBe(0);
  });
});
