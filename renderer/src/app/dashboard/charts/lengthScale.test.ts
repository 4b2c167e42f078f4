import { format } from 'd3';
import { describe, expect, it } from 'vitest';
import { lengthDomain, lengthTicks } from './lengthScale';

const labels = (lo: number, hi: number, count = 5) => lengthTicks(lengthDomain(lo, hi, count), count).map(format(',.0f'));
const distinct = (xs: string[]) => new Set(xs).size === xs.length;

describe('length axis', () => {
  it('prints distinct whole-number ticks when every length is tiny or equal', () => {
    for (const [lo, hi] of [
      [0, 1],
      [1, 1],
      [3, 4],
      [500, 500],
      [500, 501],
    ] as const) {
      const ticks = labels(lo, hi);
      expect(ticks.length, `${lo}–${hi}: ${ticks}`).toBeGreaterThanOrEqual(3);
      expect(distinct(ticks), `${lo}–${hi}: ${ticks}`).toBe(true);
    }
    expect(labels(0, 1)).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('keeps a length of 500 inside the axis, not at its edge, and never goes below 0', () => {
    const [a, b] = lengthDomain(500, 501, 8);
    expect(a).toBeLessThan(500);
    expect(b).toBeGreaterThan(501);
    expect(lengthDomain(1, 1)[0]).toBe(0);
  });

  it('leaves an ordinary domain as d3 nices it', () => {
    expect(lengthDomain(0, 763)).toEqual([0, 800]);
    expect(lengthDomain(200, 1000, 8)).toEqual([200, 1000]);
    expect(labels(0, 763)).toEqual(['0', '200', '400', '600', '800']);
  });
});
