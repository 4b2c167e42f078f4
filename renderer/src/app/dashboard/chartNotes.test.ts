import { describe, expect, it } from 'vitest';
import { columnsFromSamples, type PlainSample } from '../../../../shared/analysis/columns';
import { computeDashboard } from '../../../../shared/analysis/dashboard';
import type { DashboardResult } from '../../../../shared/contract';
import { missingBoxes, passAtKPoints, rationaleBoxes } from './chartModel';
import { emptyGroupsNote, fixRateEmpty, groundingEmpty, passAtKEmpty, passAtKNote, rationaleEmpty, rationaleGaps } from './chartNotes';

const dash = (rows: PlainSample[]): DashboardResult => ({ ...computeDashboard(columnsFromSamples(rows)), computeMs: 0, indexing: false });
const s = (problem_id: string, iteration: number, passed: boolean | null, rationaleChars = 0, sample_index = 0): PlainSample => ({
  problem_id,
  split: 'test',
  iteration,
  sample_index,
  passed,
  rationaleChars,
});

describe('chart notes', () => {
  // A plain benchmark file: tasks only, no model output.
  const bench = dash([s('a', 0, null), s('b', 0, null), s('c', 0, null)]);

  it('says that no sample has a test outcome instead of blaming k', () => {
    expect(fixRateEmpty(bench)).toBe('No sample has a test outcome (passed / test_results), so the fix rate cannot be computed.');
    expect(passAtKEmpty(bench)).toBe('No sample has a test outcome (passed / test_results), so pass@k cannot be computed.');
    expect(passAtKNote(bench, '1')).toBeNull();
    expect(passAtKPoints(bench, '5')[0]!.tooltip).toBe('test · iter 0 — pass@5 n/a: no sample has a test outcome');
  });

  it('pluralises the pass@k reason when outcomes exist but too few per problem', () => {
    const one = dash([s('a', 0, true), s('b', 0, false)]);
    expect(passAtKEmpty(one)).toBeNull();
    expect(passAtKNote(one, '1')).toBeNull();
    expect(passAtKNote(one, '5')).toBe('pass@5 is n/a everywhere: no problem has 5 samples with a test outcome in the same iteration.');
    expect(passAtKPoints(one, '10')[0]!.tooltip).toMatch(/no problem has 10 samples with a test outcome$/);
    // Ten samples of a problem in dev, one in train (iteration 1 only): only train is n/a.
    const dev = Array.from({ length: 10 }, (_, i) => ({ ...s('a', 1, i < 3, 0, i), split: 'dev' }));
    const some = dash([...dev, { ...s('b', 0, true), split: 'dev' }, ...Array.from({ length: 10 }, (_, i) => ({ ...s('b', 1, true, 0, i), split: 'dev' })), { ...s('t', 1, false), split: 'train' }]);
    expect(passAtKNote(some, '10')).toBe('pass@10 is n/a for train; dev · iter 0: no problem has 10 samples with a test outcome in the same iteration.');
    expect(passAtKNote(some, '1')).toBeNull();
  });

  it('explains an empty rationale chart and an empty grounding chart by the missing rationales', () => {
    expect(rationaleEmpty(bench)).toMatch(/^No rationales in these samples/);
    expect(rationaleBoxes(bench)).toEqual([]);
    expect(groundingEmpty(bench)).toBe('No sample has a rationale, so there is no claim to check against the trace.');
    // Checked, but nothing checkable said: a different reason.
    const silent = dash([{ ...s('a', 0, true, 40), grounding: { consistent: 0, contradicted: 0, unverifiable: 0 } }]);
    expect(groundingEmpty(silent)).toMatch(/^No claim to check: the 1 checked rationale makes no claim/);
    const unchecked = dash([s('a', 0, true, 40)]);
    expect(groundingEmpty(unchecked)).toBe('No sample in this dataset has a grounding check yet.');
    const checked = dash([{ ...s('a', 0, true, 40), grounding: { consistent: 1, contradicted: 1, unverifiable: 0 } }]);
    expect(groundingEmpty(checked)).toBeNull();
  });

  it('marks an iteration without rationales as n/a beside iterations that have some', () => {
    const mixed = dash([s('a', 0, true, 0), s('a', 1, true, 120), s('b', 1, false, 0, 1)]);
    expect(rationaleEmpty(mixed)).toBeNull();
    expect(rationaleGaps(mixed)).toBe('No rationale in test · iter 0 (n/a).');
    expect(missingBoxes(mixed).map((m) => m.tooltip)).toEqual(['test · iter 0 — rationale length n/a: none of its 1 sample has a rationale']);
    const [box] = rationaleBoxes(mixed);
    expect(box!.tooltip).toMatch(/· 1 sample with a rationale \(1 without, left out\)$/);
    expect(box!.query).toBe('split:test iter:1 rationale:>=1');
  });

  it('names the split × iteration pairs without samples under the charts, or counts them past six', () => {
    const gap = dash([{ ...s('a', 0, true), split: 'dev' }, { ...s('a', 1, true), split: 'dev' }, { ...s('t', 1, false), split: 'train' }]);
    expect(emptyGroupsNote(gap)).toBe('No samples for train · iter 0 (n/a).');
    expect(emptyGroupsNote(bench)).toBeNull();
    const wide = dash([...Array.from({ length: 8 }, (_, i) => ({ ...s('a', i, true), split: 'dev' })), { ...s('t', 7, false), split: 'train' }]);
    expect(emptyGroupsNote(wide)).toBe('No samples for 7 split × iteration pairs, e.g. train · iter 0, train · iter 1, train · iter 2 (n/a).');
  });
});
