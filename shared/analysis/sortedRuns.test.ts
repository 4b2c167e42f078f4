import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng';
import { sortedRunsByGroup } from './sortedRuns';

describe('sortedRunsByGroup', () => {
  it('matches grouping then sorting, including values above 65,535 and zeros', () => {
    const random = mulberry32(3);
    const n = 5000;
    const values = Array.from({ length: n }, (_, i) => (i % 97 === 0 ? 0 : Math.floor(random() * (i % 2 ? 300 : 5_000_000))));
    const group = (i: number) => (i * 7) % 5;
    const { sorted, offsets } = sortedRunsByGroup(values, group, 6, n);
    for (let g = 0; g < 6; g++) {
      const expected = values.filter((_, i) => group(i) === g).sort((a, b) => a - b);
      expect(Array.from(sorted.subarray(offsets[g]!, offsets[g + 1]!))).toEqual(expected);
    }
    expect(offsets[6]).toBe(n);
  });
  it('handles no rows', () => {
    expect(sortedRunsByGroup([], () => 0, 2, 0).offsets).toEqual(new Int32Array([0, 0, 0]));
  });
});
