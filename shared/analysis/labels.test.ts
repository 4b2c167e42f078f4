import { describe, expect, it } from 'vitest';
import type { LabelRecord } from '../annotation/label';
import type { Rubric } from '../annotation/rubric';
import { labelAverages, labelScores } from './labels';

const rubric: Rubric = {
  id: 'r',
  version: 2,
  name: 'quality',
  dimensions: [
    { id: 'correct', label: 'Rationale correct', kind: 'ordinal', options: [{ value: 'yes', label: 'Yes' }, { value: 'partly', label: 'Partly' }, { value: 'no', label: 'No' }] },
    { id: 'useful', label: 'Useful', kind: 'ordinal', options: ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })) },
    { id: 'grounded', label: 'Cites the trace', kind: 'boolean' },
    { id: 'note', label: 'Note', kind: 'text' },
  ],
};

const label = (iteration: number, values: Record<string, string | null>, patch: Partial<LabelRecord> = {}): LabelRecord => ({
  id: `${iteration}-${Math.random()}`,
  datasetId: 'd',
  key: { problem_id: 'p', split: 'dev', iteration, sample_index: 0 },
  sampleId: 's',
  contentHash: 'h',
  stale: 0,
  annotator: 'a',
  rubricId: 'r',
  rubricVersion: 2,
  values,
  note: '',
  createdAt: '',
  updatedAt: '',
  ...patch,
});

describe('label scores', () => {
  it('scores best-to-worst ordinal answers k..1 and booleans as 0/1, per iteration', () => {
    const scores = labelScores(
      [
        label(0, { correct: 'no', grounded: 'false', note: 'x' }),
        label(0, { correct: 'yes', grounded: 'true' }),
        label(1, { correct: 'yes', grounded: null }),
      ],
      rubric,
    );
    expect(scores.map((s) => [s.dimension, s.iteration, s.values])).toEqual([
      ['correct', 0, [1, 3]],
      ['correct', 1, [3]],
      ['grounded', 0, [0, 1]],
    ]);
    expect(scores[0]!.scale).toEqual([1, 3]);
    expect(scores[0]!.scoring).toBe('Yes = 3, Partly = 2, No = 1');
  });
  it('scores numeric ordinal options by their number', () => {
    const [useful] = labelScores([label(0, { useful: '4' }), label(0, { useful: '2' })], rubric);
    expect(useful).toMatchObject({ dimension: 'useful', values: [4, 2], scale: [1, 5] });
  });
  it('leaves out stale labels and labels of another rubric version', () => {
    expect(labelScores([label(0, { correct: 'yes' }, { stale: 1 }), label(0, { correct: 'yes' }, { rubricVersion: 1 })], rubric)).toEqual([]);
  });
  it('gives a mean with an interval, and no interval for a single label', () => {
    const avg = labelAverages(labelScores([label(0, { correct: 'no' }), label(0, { correct: 'yes' }), label(1, { correct: 'partly' })], rubric));
    expect(avg[0]!.ci).toMatchObject({ mean: 2, n: 2 });
    expect(avg[0]!.ci!.lo).toBeLessThan(2);
    expect(avg[1]!.ci).toEqual({ mean: 2, lo: null, hi: null, n: 1 });
  });
});
