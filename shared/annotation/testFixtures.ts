import { NEXT_RUBRIC } from './defaultRubric';
import { makeLabel, type LabelRecord } from './label';

/** Small builders shared by the annotation tests. */
export function fixtureLabel(annotator: string, problem: string, values: Record<string, string | null>, extra: Partial<LabelRecord> = {}): LabelRecord {
  return {
    ...makeLabel(
      {
        datasetId: 'ds1',
        key: { problem_id: problem, split: 'test', iteration: 1, sample_index: 0 },
        contentHash: `hash-${problem}`,
        annotator,
        rubricId: NEXT_RUBRIC.id,
        rubricVersion: NEXT_RUBRIC.version,
        values,
        note: '',
      },
      new Date('2026-02-01T10:00:00Z'),
    ),
    ...extra,
  };
}
