import { describe, expect, it } from 'vitest';
import { lowerBound } from './eventLookup';

describe('lowerBound', () => {
  it('finds the first value at or after the target in steps with gaps, for arrays and typed arrays', () => {
    for (const steps of [[2, 5, 5, 9], Float64Array.of(2, 5, 5, 9)]) {
      expect([0, 2, 3, 5, 6, 9, 10].map((v) => lowerBound(steps, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    }
    expect(lowerBound([], 1)).toBe(0);
  });
});
