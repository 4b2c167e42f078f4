import { describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from '../defaultRubric';
import { makeLabel, type LabelRecord } from '../label';
import { agreementByDimension } from './byDimension';

const now = new Date('2026-01-01T00:00:00Z');
function label(annotator: string, problem: string, values: Record<string, string | null>, rubricVersion = 1): LabelRecord {
  return makeLabel(
    {
      datasetId: 'd',
      key: { problem_id: problem, split: 'test', iteration: 0, sample_index: 0 },
      contentHash: 'h',
      annotator,
      rubricId: NEXT_RUBRIC.id,
      rubricVersion,
      values,
      note: '',
    },
    now,
  );
}

describe('agreementByDimension', () => {
  const labels = [
    label('ann', 'p1', { identifies_bug: 'yes', usefulness: '5' }),
    label('bob', 'p1', { identifies_bug: 'yes', usefulness: '4' }),
    label('ann', 'p2', { identifies_bug: 'no', usefulness: '1' }),
    label('bob', 'p2', { identifies_bug: 'no', usefulness: '1' }),
    label('ann', 'p3', { identifies_bug: 'partly', usefulness: null }),
    label('bob', 'p3', { identifies_bug: 'no', usefulness: '2' }),
    label('ann', 'p4', { identifies_bug: 'yes' }),
    // Another rubric version: ignored, its scale may differ.
    label('bob', 'p4', { identifies_bug: 'no' }, 2),
  ];
  const rows = agreementByDimension(labels, NEXT_RUBRIC);
  const bug = rows.find((r) => r.dimension === 'identifies_bug')!;
  const useful = rows.find((r) => r.dimension === 'usefulness')!;

  it('counts only samples that two annotators rated on this dimension', () => {
    expect(bug.items).toBe(3);
    expect(useful.items).toBe(2);
    expect(bug.annotators).toBe(2);
  });
  it("computes Cohen's kappa for the pair over their shared samples", () => {
    expect(bug.cohen?.pair).toEqual(['ann', 'bob']);
    expect(bug.cohen?.items).toBe(3);
    // 2 of 3 agree; marginals ann {yes1,no1,partly1}, bob {yes1,no2}: p_e = 1/9 + 2/9 = 1/3.
    expect(bug.cohen?.kappa).toBeCloseTo((2 / 3 - 1 / 3) / (1 - 1 / 3), 10);
  });
  it('gives ordinal alpha only for ordinal dimensions and skips the text note', () => {
    expect(bug.alphaOrdinal).not.toBeNull();
    expect(rows.map((r) => r.dimension)).not.toContain('note');
  });
  it('reports progress up to the whole, resample by resample with intervals, without changing any figure', () => {
    const seen: [number, number][] = [];
    const ci = { resamples: 200, seed: 3 };
    const withProgress = agreementByDimension(labels, NEXT_RUBRIC, undefined, ci, (done, total) => seen.push([done, total]));
    expect(withProgress).toEqual(agreementByDimension(labels, NEXT_RUBRIC, undefined, ci));
    // Four scored dimensions, each one step plus four intervals of 200 resamples.
    const total = 4 * (1 + 4 * 200);
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.length).toBeGreaterThan(4 * 4);
  });
});
