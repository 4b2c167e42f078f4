import { describe, expect, it } from 'vitest';
import { columnsFromSamples, type PlainSample } from './columns';
import { meanCI } from './ci';
import { computeDashboard, passAtKCell, quantileOfSortedRuns, splitOrder } from './dashboard';
import { computeStats } from '../dataset/stats';
import { nonFinitePaths } from './testUtil';

const s = (problem_id: string, iteration: number, sample_index: number, passed: boolean | null, split = 'dev', rationaleChars = 100): PlainSample => ({
  problem_id,
  split,
  iteration,
  sample_index,
  passed,
  rationaleChars,
});

describe('computeDashboard', () => {
  it('reports a gap between iteration 3 and 17 instead of inventing iterations', () => {
    const d = computeDashboard(columnsFromSamples([s('a', 0, 0, false), s('a', 1, 0, true), s('a', 3, 0, true), s('a', 17, 0, true)]));
    expect(d.iterations).toEqual([0, 1, 3, 17]);
    expect(d.missingIterations).toEqual([
      [2, 2],
      [4, 16],
    ]);
    expect(d.groups.map((g) => g.iteration)).toEqual([0, 1, 3, 17]);
  });

  it('shows pass@5 and pass@10 as n/a with one sample per problem, pass@1 as the fix rate', () => {
    const d = computeDashboard(columnsFromSamples([s('a', 0, 0, true), s('b', 0, 0, false), s('c', 0, 0, true), s('d', 0, 0, true)]));
    const g = d.groups[0]!;
    expect(g.passAtK['1']).toMatchObject({ value: 0.75, problems: 4 });
    expect(g.passAtK['5']).toEqual({ value: null, problems: 0, lo: null, hi: null });
    expect(g.passAtK['10'].value).toBeNull();
    expect(g.fixRate!.value).toBe(0.75);
    expect(g.solved).toBe(3);
  });

  it('computes the unbiased pass@k per problem, then averages over problems', () => {
    // Problem a: 10 samples, 2 pass → pass@5 = 1 - C(8,5)/C(10,5) = 1 - 56/252; problem b: 10 samples, 0 pass.
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => s('a', 0, i, i < 2)),
      ...Array.from({ length: 10 }, (_, i) => s('b', 0, i, false)),
    ];
    const g = computeDashboard(columnsFromSamples(rows)).groups[0]!;
    expect(g.passAtK['5'].value).toBeCloseTo((1 - 56 / 252) / 2, 12);
    expect(g.passAtK['10'].value).toBeCloseTo(0.5, 12);
    expect(g.passAtK['1'].value).toBeCloseTo(0.1, 12);
  });

  it('keeps a split × iteration with no samples as an empty group, without NaN anywhere', () => {
    const d = computeDashboard(
      columnsFromSamples([s('a', 0, 0, true, 'dev'), s('a', 1, 0, false, 'dev'), s('t', 0, 0, null, 'test', 0)]),
    );
    const empty = d.groups.find((g) => g.split === 'test' && g.iteration === 1)!;
    expect(empty.samples).toBe(0);
    expect(empty.fixRate).toBeNull();
    expect(empty.rationale).toBeNull();
    expect(empty.passAtK['1'].value).toBeNull();
    // Only unknown outcomes: the fix rate is n/a, not 0%.
    const unknownOnly = d.groups.find((g) => g.split === 'test' && g.iteration === 0)!;
    expect(unknownOnly.unknown).toBe(1);
    expect(unknownOnly.fixRate).toBeNull();
    expect(nonFinitePaths(d)).toEqual([]);
  });

  it('bins rationale lengths with shared edges whose counts add up to the samples with a rationale', () => {
    const rows = Array.from({ length: 200 }, (_, i) => s(`p${i % 20}`, i % 2, i, i % 3 === 0, 'dev', i * 7));
    rows.push(s('outlier', 0, 0, true, 'dev', 1_000_000));
    const d = computeDashboard(columnsFromSamples(rows));
    // Sample 0 has no rationale (0 chars): it is in the samples, not in the lengths.
    expect(d.groups.map((g) => g.rationaleHistogram.reduce((a, b) => a + b, 0))).toEqual([100, 100]);
    expect(d.groups.map((g) => g.rationale!.n)).toEqual([100, 100]);
    // The outlier does not stretch the bins: the last edge stays near the 99th percentile.
    expect(d.rationaleBins.at(-1)!).toBeLessThan(2000);
    const g0 = d.groups[0]!;
    expect(g0.rationale!.max).toBe(1_000_000);
    expect(g0.rationale!.min).toBe(14);
    expect(d.rationaleBins[0]).toBe(0);
  });

  it('leaves samples without a rationale out of the length statistics, as the CLI stats do', () => {
    const rows = [s('a', 0, 0, true, 'dev', 0), s('b', 0, 0, false, 'dev', 300), s('c', 0, 0, null, 'dev', 100), s('a', 1, 0, true, 'dev', 0)];
    const d = computeDashboard(columnsFromSamples(rows));
    const [it0, it1] = d.groups;
    expect(it0!.rationale).toMatchObject({ n: 2, min: 100, median: 200, mean: 200, max: 300 });
    const cols = columnsFromSamples(rows);
    const cli = computeStats({ ...cols, splitNames: cols.splits, grounding: undefined }, [0, 1, 2, 3]);
    expect(cli.find((r) => r.iteration === 0)!.mean_rationale_chars).toBe(it0!.rationale!.mean);
    // No rationale at all in iteration 1: no box (n/a), not a flat box at 0, and an empty histogram.
    expect(it1!.samples).toBe(1);
    expect(it1!.rationale).toBeNull();
    expect(it1!.rationaleHistogram.every((c) => c === 0)).toBe(true);
    expect(cli.find((r) => r.iteration === 1)!.mean_rationale_chars).toBeNull();
  });

  it('has no length statistics at all for a benchmark file without rationales (DebugBench, MBPP)', () => {
    const d = computeDashboard(columnsFromSamples([s('a', 0, 0, null, 'test', 0), s('b', 0, 0, null, 'test', 0)]));
    expect(d.groups[0]!.rationale).toBeNull();
    expect(d.rationaleBins).toEqual([0, 1]);
    expect(nonFinitePaths(d)).toEqual([]);
  });

  it('sums grounding checks only over checked samples', () => {
    const rows: PlainSample[] = [
      { ...s('a', 0, 0, true), grounding: { consistent: 3, contradicted: 1, unverifiable: 0 } },
      { ...s('a', 0, 1, true), grounding: null },
      s('a', 1, 0, true),
    ];
    const d = computeDashboard(columnsFromSamples(rows));
    expect(d.hasGrounding).toBe(true);
    expect(d.groups[0]!.grounding).toEqual({ consistent: 3, contradicted: 1, unverifiable: 0, samplesChecked: 1 });
    expect(d.groups[1]!.grounding).toBeNull();
  });

  it('handles an empty dataset', () => {
    const d = computeDashboard(columnsFromSamples([]));
    expect(d.groups).toEqual([]);
    expect(d.iterations).toEqual([]);
    expect(nonFinitePaths(d)).toEqual([]);
  });
});

describe('quantileOfSortedRuns', () => {
  it('matches the nearest-rank quantile of the merged runs', () => {
    const runs = [[1, 5, 9], [], [2, 3, 100, 200]];
    const values = Int32Array.from(runs.flat());
    const offsets = Int32Array.from([0, 3, 3, 7]);
    const merged = runs.flat().sort((a, b) => a - b);
    for (const p of [0.01, 0.25, 0.5, 0.9, 0.99]) expect(quantileOfSortedRuns(values, offsets, p)).toBe(merged[Math.max(1, Math.ceil(p * 7)) - 1]);
  });
});

describe('splitOrder', () => {
  it('reads train, dev, test, then the rest alphabetically, whatever order the file had', () => {
    const names = ['broken', 'test', 'dev', 'Train', 'aux'];
    expect(splitOrder(names).map((i) => names[i])).toEqual(['Train', 'dev', 'test', 'aux', 'broken']);
  });
});

describe('passAtKCell', () => {
  it('gives the t interval over problems, clipped to [0, 1]', () => {
    const values = [0, 0.5, 1, 1, 0.25];
    const sum = values.reduce((a, b) => a + b, 0);
    const sq = values.reduce((a, b) => a + b * b, 0);
    const cell = passAtKCell(sum, sq, values.length);
    const ci = meanCI(values)!;
    expect(cell.value).toBeCloseTo(ci.mean, 12);
    expect(cell.lo).toBe(Math.max(0, ci.lo!));
    expect(cell.hi).toBeCloseTo(Math.min(1, ci.hi!), 12);
  });
  it('has no interval for one problem and a zero-width one when all problems agree', () => {
    expect(passAtKCell(1, 1, 1)).toEqual({ value: 1, problems: 1, lo: null, hi: null });
    const same = passAtKCell(0.3 * 3, 0.09 * 3, 3);
    expect(same.lo).toBeCloseTo(0.3, 6);
    expect(same.hi).toBeCloseTo(0.3, 6);
  });
});
