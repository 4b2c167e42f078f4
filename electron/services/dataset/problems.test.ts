import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetService } from './datasetService';
import { tempDataset } from './testUtil';

const svc = new DatasetService({ cacheDir: null });
afterAll(() => svc.dispose());

describe('problems.jsonl beside the samples', () => {
  const dir = tempDataset({
    'train/problems.jsonl': [
      JSON.stringify({ problem_id: 'p1', description: 'Add two numbers.', buggy_code: 'def add(a, b):\n    return a - b', tests: ['assert add(1, 2) == 3'], entry_point: 'add' }),
      JSON.stringify({ problem_id: 'p2', task: { description: 'Negate.', tests: ['assert neg(1) == -1'] } }),
      '{bad',
    ].join('\n'),
    'train/iter1.jsonl': [
      JSON.stringify({ problem_id: 'p1', sample_index: 0, rationale: 'Subtracts.', fixed_code: 'def add(a, b):\n    return a + b', passed: true }),
      JSON.stringify({ problem_id: 'p2', sample_index: 0, task: { entry_point: 'neg' }, passed: false }),
    ].join('\n'),
  });

  it("joins tasks by problem_id (the record's own task fields win) and is not indexed as samples", async () => {
    const ds = await svc.openAndWait(dir);
    expect(ds.summary()).toMatchObject({ records: 2, files: [expect.objectContaining({ relPath: path.join('train', 'iter1.jsonl') })] });
    const [a, b] = await Promise.all([svc.sample(ds.id, 0), svc.sample(ds.id, 1)]);
    expect(a.sample).toMatchObject({ split: 'train', iteration: 1, task: { description: 'Add two numbers.', entry_point: 'add', tests: ['assert add(1, 2) == 3'] } });
    expect(b.sample.task).toEqual({ description: 'Negate.', tests: ['assert neg(1) == -1'], entry_point: 'neg' });
    expect(ds.issues()).toEqual([expect.objectContaining({ file: path.join('train', 'problems.jsonl'), line: 3, reason: expect.stringMatching(/^invalid JSON/) })]);
  });
});
