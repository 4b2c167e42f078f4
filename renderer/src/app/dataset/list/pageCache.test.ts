import { describe, expect, it } from 'vitest';
import type { SampleRow } from '../../../../../shared/contract';
import { PageCache, pagesForRange } from './pageCache';

const rows = (from: number, n: number): SampleRow[] =>
  Array.from({ length: n }, (_, i) => ({
    index: (from + i) * 10, // dataset indexes differ from list positions (a filtered list)
    problem_id: `p${from + i}`,
    split: 'dev',
    iteration: 0,
    sample_index: 0,
    model: null,
    passed: null,
    rationaleChars: 0,
    grounding: null,
  }));

describe('pagesForRange', () => {
  it('covers the visible rows and stops at the end of the list', () => {
    expect(pagesForRange(0, 30, 100, 1_000_000)).toEqual([0]);
    expect(pagesForRange(950, 1050, 100, 1_000_000)).toEqual([9, 10]);
    expect(pagesForRange(0, 500, 100, 150)).toEqual([0, 1]);
    expect(pagesForRange(0, 10, 100, 0)).toEqual([]);
  });
});

describe('PageCache', () => {
  it('serves rows by list position and asks only for the pages it lacks', () => {
    const c = new PageCache(100, 10);
    c.put(0, rows(0, 100));
    expect(c.rowAt(42)?.problem_id).toBe('p42');
    expect(c.rowAt(142)).toBeUndefined();
    expect(c.missing(50, 250, 1000)).toEqual([1, 2]);
    expect(c.missing(50, 250, 1000, new Set([1]))).toEqual([2]);
  });

  it('never holds more than maxPages, evicting the least recently used', () => {
    const c = new PageCache(10, 3);
    for (let p = 0; p < 3; p++) c.put(p, rows(p * 10, 10));
    c.missing(0, 5, 1000); // page 0 is on screen again
    c.put(3, rows(30, 10));
    expect(c.size).toBe(3);
    expect(c.rowAt(0)).toBeDefined();
    expect(c.rowAt(10)).toBeUndefined();
  });

  it('keeps showing stale rows while asking for them again', () => {
    const c = new PageCache(10, 5);
    c.put(0, rows(0, 10));
    c.markStale();
    expect(c.rowAt(3)?.problem_id).toBe('p3');
    expect(c.missing(0, 9, 100)).toEqual([0]);
    c.put(0, rows(100, 10));
    expect(c.missing(0, 9, 100)).toEqual([]);
    expect(c.rowAt(3)?.problem_id).toBe('p103');
  });

  it('finds the list position of a dataset index, and forgets pages past a shrunken end', () => {
    const c = new PageCache(10, 5);
    c.put(2, rows(20, 10));
    expect(c.positionOf(250)).toBe(25);
    expect(c.positionOf(7)).toBeNull();
    c.truncate(15);
    expect(c.rowAt(25)).toBeUndefined();
  });
});
