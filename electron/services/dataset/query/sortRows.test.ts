import { afterAll, describe, expect, it } from 'vitest';
import { DatasetService } from '../datasetService';
import { sampleLine, tempDataset } from '../testUtil';

const svc = new DatasetService({ cacheDir: null });
afterAll(() => svc.dispose());

describe('sorting', () => {
  const rows = [
    { problem_id: 'p10', iteration: 2, passed: true, rationale: 'x'.repeat(5) },
    { problem_id: 'p2', iteration: 0, passed: null, rationale: 'x'.repeat(3_000_000) },
    { problem_id: 'p1', iteration: 2, passed: false, rationale: 'x'.repeat(5) },
    { problem_id: 'p3', iteration: 1, passed: false, rationale: '' },
  ];
  const dir = tempDataset({ 'a.jsonl': rows.map((r) => sampleLine(r)).join('\n') });
  const order = async (field: 'problem_id' | 'iteration' | 'passed' | 'rationaleChars' | 'index', dir2: 'asc' | 'desc') => {
    const ds = await svc.openAndWait(dir);
    return (await svc.query(ds.id, { query: '', sort: { field, dir: dir2 } }, 0, 10)).rows.map((r) => r.problem_id);
  };

  it('sorts by each field both ways, ties in file order', async () => {
    expect(await order('index', 'asc')).toEqual(['p10', 'p2', 'p1', 'p3']);
    expect(await order('index', 'desc')).toEqual(['p3', 'p1', 'p2', 'p10']);
    expect(await order('problem_id', 'asc')).toEqual(['p1', 'p10', 'p2', 'p3']);
    expect(await order('iteration', 'asc')).toEqual(['p2', 'p3', 'p10', 'p1']);
    expect(await order('iteration', 'desc')).toEqual(['p10', 'p1', 'p3', 'p2']);
    // unknown (-1) < failed (0) < passed (1)
    expect(await order('passed', 'asc')).toEqual(['p2', 'p1', 'p3', 'p10']);
    // a key range too wide to pack (3 million characters) takes the comparator path
    expect(await order('rationaleChars', 'desc')).toEqual(['p2', 'p10', 'p1', 'p3']);
  });
});
