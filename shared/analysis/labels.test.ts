import { describe, expect, it } from 'vitest';
import type { LabelRecord } from '../annotation/label';
import type { Rubric } from '../annotation/rubric';
import { labelAverages, labelScores } from './labels';

const rubric: Rubric = {
  id: 'r',
  version: 2,
  name: 'quality',
  dimensions: [
    { id: 'correct', label: 'Rationale correct', kind: 'ordinal', options: [{ value: 'no', label: 'No' }, { value: 'partly', label: 'Partly' }, { value: 'yes', label: 'Yes' }] },
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
  it('scores ordinal answers by position and booleans as 0/1, per iteration', () => {
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
