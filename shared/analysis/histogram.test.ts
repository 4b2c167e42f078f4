import { describe, expect, it } from 'vitest';
import { boxStats, histogramCounts, niceEdges } from './histogram';

describe('niceEdges', () => {
  it('uses round steps starting at a multiple of the step', () => {
    expect(niceEdges(987, 10, 312)).toEqual([300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(niceEdges(100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
  });
  it('gives one bin when every value is the same', () => {
    expect(niceEdges(0)).toEqual([0, 1]);
    expect(niceEdges(40, 20, 40)).toEqual([40, 41]);
  });
});

describe('histogramCounts and boxStats', () => {
  it('puts values beyond the edges into the end bins so counts add up', () => {
    expect(histogramCounts([0, 5, 15, 25, 1000], [10, 20, 30])).toEqual([3, 2]);
  });
  it('summarises a sorted array and says null for none', () => {
    expect(boxStats([1, 2, 3, 4, 100])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 100, mean: 22, n: 5 });
    expect(boxStats([])).toBeNull();
  });
});
