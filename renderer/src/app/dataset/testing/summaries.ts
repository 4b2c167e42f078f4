import type { DatasetSummary, SampleRow } from '../../../../../shared/contract';

/** A summary as the engine would send it, with overridable fields. */
export function makeSummary(patch: Partial<DatasetSummary> = {}): DatasetSummary {
  return {
    id: 'ds1',
    path: '/data/run',
    name: 'run',
    state: 'ready',
    progress: null,
    records: 1000,
    skipped: 0,
    lines: 1000,
    files: [],
    facets: {
      splits: [
        { value: 'train', count: 800 },
        { value: 'dev', count: 200 },
      ],
      iterations: [
        { value: 0, count: 500 },
        { value: 1, count: 500 },
      ],
      models: [{ value: 'm1', count: 1000 }],
      passed: { passed: 400, failed: 600, unknown: 0 },
      problems: 50,
    },
    fromCache: false,
    ...patch,
  };
}

/** Row `position` of a list whose dataset indexes are `position * stride`. */
export function makeRow(position: number, stride = 1): SampleRow {
  return {
    index: position * stride,
    problem_id: `mbpp/${position}`,
    split: position % 5 === 0 ? 'dev' : 'train',
    iteration: position % 3,
    sample_index: position % 32,
    model: 'm1',
    passed: position % 2 === 0,
    rationaleChars: 100 + position,
    grounding: position % 7 === 0 ? { consistent: 3, contradicted: 1, unverifiable: 0 } : null,
  };
}
