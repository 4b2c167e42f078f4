import { describe, expect, it } from 'vitest';
import { countCells } from './cells';
import { columnsFromSamples, selectRows, type PlainSample } from './columns';
import { computeFlips } from './flips';
import { computePaired } from './paired';
import { computeProblem } from './problem';
import { nonFinitePaths } from './testUtil';

const s = (problem_id: string, iteration: number, sample_index: number, passed: boolean | null, split = 'dev'): PlainSample => ({
  problem_id,
  split,
  iteration,
  sample_index,
  passed,
  rationaleChars: 50,
});
/** `k` of `n` samples passing for one problem in one iteration. */
const rate = (problem: string, iteration: number, k: number, n: number, split = 'dev') =>
  Array.from({ length: n }, (_, i) => s(problem, iteration, i, i < k, split));

const rows = [
  ...rate('up', 0, 0, 4),
  ...rate('up', 2, 3, 4), // fail→pass, +0.75
  ...rate('down', 0, 2, 4),
  ...rate('down', 2, 0, 4), // pass→fail, −0.5
  ...rate('better', 0, 1, 4),
  ...rate('better', 2, 2, 4), // improved, +0.25
  ...rate('same', 0, 2, 4),
  ...rate('same', 2, 2, 4),
  ...rate('only0', 0, 1, 4), // not in iteration 2
  ...rate('only2', 2, 1, 4), // not in iteration 0
  s('unknown', 0, 0, true),
  s('unknown', 2, 0, null), // no known outcome in iteration 2
];
const cols = columnsFromSamples(rows);
const cells = countCells(cols);

describe('computeFlips', () => {
  it('classifies changes and sorts by size', () => {
    const f = computeFlips(cols, cells, 0, 2);
    expect(f.flips.map((x) => [x.problem_id, x.kind])).toEqual([
      ['up', 'fail-to-pass'],
      ['down', 'pass-to-fail'],
      ['better', 'improved'],
    ]);
    expect(f.flips[0]!.delta).toBeCloseTo(0.75);
    expect(f.counts).toEqual({ 'fail-to-pass': 1, 'pass-to-fail': 1, improved: 1, regressed: 0, unchanged: 1, onlyInFrom: 2, onlyInTo: 1 });
    expect(f.compared).toBe(4);
  });
  it('filters by kind and limits the list but keeps counting every flip', () => {
    const f = computeFlips(cols, cells, 0, 2, { kinds: ['pass-to-fail', 'regressed'] });
    expect(f.flips.map((x) => x.problem_id)).toEqual(['down']);
    expect(computeFlips(cols, cells, 0, 2, { limit: 1 }).total).toBe(3);
  });
  it('sorts before cutting the list, so the most regressed problem survives a limit of one', () => {
    expect(computeFlips(cols, cells, 0, 2, { limit: 1, order: 'loss' }).flips.map((f) => f.problem_id)).toEqual(['down']);
    expect(computeFlips(cols, cells, 0, 2, { limit: 1, order: 'gain' }).flips.map((f) => f.problem_id)).toEqual(['up']);
  });
  it('answers an iteration with no samples or an unknown split with empty results', () => {
    const f = computeFlips(cols, cells, 0, 9);
    expect(f.flips).toEqual([]);
    expect(f.counts.onlyInFrom).toBe(6);
    expect(computeFlips(cols, cells, 0, 2, { split: 'nope' }).compared).toBe(0);
  });
});

describe('computePaired', () => {
  it('reports the mean paired difference with a seeded bootstrap interval', () => {
    const p = computePaired(cols, cells, 0, 2, null, { seed: 5, resamples: 2000 });
    expect(p.pairs).toBe(4);
    expect(p.meanDiff).toBeCloseTo((0.75 - 0.5 + 0.25 + 0) / 4, 12);
    expect(p.improved).toBe(2);
    expect(p.regressed).toBe(1);
    expect(p.unchanged).toBe(1);
    expect(p.onlyInA).toBe(2);
    expect(p.onlyInB).toBe(1);
    expect(p.ci!.lo).toBeLessThanOrEqual(p.meanDiff!);
    expect(p.ci!.hi).toBeGreaterThanOrEqual(p.meanDiff!);
    expect(p.ci!.resamples).toBe(2000);
    expect(computePaired(cols, cells, 0, 2, null, { seed: 5 })).toEqual(p);
  });
  it('says n/a instead of NaN when the iterations share no problem', () => {
    const p = computePaired(cols, cells, 0, 42);
    expect(p.meanDiff).toBeNull();
    expect(p.ci).toBeNull();
    expect(p.signTestP).toBeNull();
    expect(nonFinitePaths(p)).toEqual([]);
  });
});

describe('computeProblem', () => {
  it('gives a row per iteration, including iterations where the problem has no samples', () => {
    const p = computeProblem(cols, cells, 'only0');
    expect(p.found).toBe(true);
    expect(p.rows.map((r) => [r.iteration, r.samples.length])).toEqual([
      [0, 4],
      [2, 0],
    ]);
    expect(p.rows[1]!.rate.rate).toBeNull();
    expect(p.rows[0]!.rate).toEqual({ samples: 4, passed: 1, rate: 0.25 });
    expect(p.maxSamples).toBe(4);
  });
  it('keeps dataset indices so the UI can fetch just the chosen samples', () => {
    const p = computeProblem(cols, cells, 'up');
    const cell = p.rows[1]!.samples[2]!;
    expect(rows[cell.index]).toMatchObject({ problem_id: 'up', iteration: 2, sample_index: 2 });
    expect(cell.passed).toBe(true);
  });
  it('reports an unknown problem as not found', () => {
    expect(computeProblem(cols, cells, 'missing')).toMatchObject({ found: false, rows: [] });
  });
});

describe('selectRows', () => {
  it('computes on a subset while keeping dataset indices', () => {
    const keep = rows.flatMap((r, i) => (r.problem_id === 'up' || r.problem_id === 'down' ? [i] : []));
    const sub = selectRows(cols, keep);
    const subCells = countCells(sub);
    expect(computeFlips(sub, subCells, 0, 2).compared).toBe(2);
    const cell = computeProblem(sub, subCells, 'down').rows[1]!.samples[0]!;
    expect(rows[cell.index]).toMatchObject({ problem_id: 'down', iteration: 2, sample_index: 0 });
  });
});
