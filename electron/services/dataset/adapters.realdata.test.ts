import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetService } from './datasetService';
import { tempDataset } from './testUtil';

// The real public datasets live outside the repository (never copied in).
const DATA = path.resolve(__dirname, '../../../../shared/data');
const svc = new DatasetService({ cacheDir: null });
afterAll(() => svc.dispose());

describe.skipIf(!existsSync(DATA))('adapters on the real public datasets (skipped when ../shared/data beside the repo is absent)', () => {
  it('MBPP: 974 problems, CRLF code normalised, three asserts each', async () => {
    const ds = await svc.openAndWait(path.join(DATA, 'mbpp.jsonl'));
    const s = ds.summary();
    expect(s).toMatchObject({ records: 974, skipped: 0, files: [expect.objectContaining({ adapter: 'mbpp' })] });
    // MBPP's own split by task id: 10 prompts, 500 test, 90 validation, 374 train.
    expect([...s.facets.splits].sort((a, b) => a.value.localeCompare(b.value))).toEqual([
      { value: 'prompt', count: 10 },
      { value: 'test', count: 500 },
      { value: 'train', count: 374 },
      { value: 'validation', count: 90 },
    ]);
    expect(s.facets.iterations).toEqual([{ value: 0, count: 974 }]);
    const page = await svc.query(ds.id, { query: 'problem:mbpp/2' }, 0, 10);
    expect(page.rows).toHaveLength(1);
    const detail = await svc.sample(ds.id, page.rows[0].index);
    expect(detail.sample.task?.tests).toHaveLength(3);
    expect(detail.sample.task?.tests?.[0]).toMatch(/^assert /);
    expect(detail.sample.task?.reference_code).not.toContain('\r');
    expect(detail.source).toEqual({ file: 'mbpp.jsonl', line: 2 });
  });

  it('HumanEval (.jsonl.gz): 164 problems, check(candidate) turned into asserts on the entry point', async () => {
    const ds = await svc.openAndWait(path.join(DATA, 'HumanEval.jsonl.gz'));
    expect(ds.summary()).toMatchObject({ records: 164, skipped: 0, files: [expect.objectContaining({ adapter: 'humaneval' })] });
    const page = await svc.query(ds.id, { query: 'problem:HumanEval/0' }, 0, 10);
    const { sample } = await svc.sample(ds.id, page.rows[0].index);
    expect(sample.task?.entry_point).toBe('has_close_elements');
    expect(sample.task?.tests?.[0]).toMatch(/^assert has_close_elements\(/);
    expect(sample.task?.reference_code).toContain('def has_close_elements');
  });

  it('DebugBench (JSON arrays in a folder): every problem, buggy and oracle code, bug kinds', async () => {
    const ds = await svc.openAndWait(path.join(DATA, 'debugbench'));
    const s = ds.summary();
    expect(s.records).toBe(1414);
    expect(s.skipped).toBe(0);
    expect(new Set(s.files.map((f) => f.adapter))).toEqual(new Set(['debugbench']));
    const page = await svc.query(ds.id, { query: 'problem:maximum-depth-of-binary-tree' }, 0, 10);
    expect(page.total).toBeGreaterThan(0);
    const { sample, source } = await svc.sample(ds.id, page.rows[0].index);
    expect(sample.task?.buggy_code).toContain('class Solution');
    expect(sample.task?.reference_code).toContain('class Solution');
    expect(sample.meta?.bug_types).toBeInstanceOf(Array);
    expect(source.file).toMatch(/^python3_.*\.json$/);
  });

  it('full-text search finds words in the records, case-insensitively', async () => {
    const ds = await svc.openAndWait(path.join(DATA, 'mbpp.jsonl'));
    const page = await svc.query(ds.id, { query: '"MINIMUM COST PATH"' }, 0, 10);
    expect(page.rows.map((r) => r.problem_id)).toContain('mbpp/1');
    const none = await svc.query(ds.id, { query: '-"minimum cost path"' }, 0, 10);
    expect(none.total).toBe(974 - page.total);
  });
});

describe('field mapping', () => {
  const dir = tempDataset({
    'out.jsonl': [
      { id: 'q1', round: 2, output: { explanation: 'Off by one.', ok: true }, input: { code: 'x = 1' } },
      { id: 'q2', round: 2, output: { explanation: 'Wrong sign.', ok: false }, input: { code: 'y = 2' } },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  });
  const mapping = JSON.stringify({
    name: 'my-run',
    fields: { problem_id: 'id', iteration: 'round', rationale: 'output.explanation', passed: 'output.ok', 'task.buggy_code': 'input.code', split: { const: 'dev' } },
  });

  it('reports an unrecognised file with its fields so the UI can offer the mapping form', async () => {
    const ds = await svc.openAndWait(path.join(dir, 'out.jsonl'));
    expect(ds.summary().unrecognised).toEqual([{ file: 'out.jsonl', fields: ['id', 'round', 'output', 'input'] }]);
    expect(ds.summary().records).toBe(0);
  });

  it('reads it through the mapping', async () => {
    const ds = await svc.openAndWait(path.join(dir, 'out.jsonl'), mapping);
    const s = ds.summary();
    expect(s).toMatchObject({ records: 2, files: [expect.objectContaining({ adapter: 'mapping:my-run' })] });
    expect(s.facets.splits).toEqual([{ value: 'dev', count: 2 }]);
    const page = await svc.query(ds.id, { query: 'iter:2 passed:false' }, 0, 10);
    expect(page.rows.map((r) => [r.problem_id, r.rationaleChars])).toEqual([['q2', 11]]);
    const { sample } = await svc.sample(ds.id, page.rows[0].index);
    expect(sample).toMatchObject({ problem_id: 'q2', split: 'dev', iteration: 2, rationale: 'Wrong sign.', passed: false, task: { buggy_code: 'y = 2' } });
  });

  it('refuses a mapping with an unknown field', async () => {
    await expect(svc.open(path.join(dir, 'out.jsonl'), JSON.stringify({ fields: { problem_id: 'id', colour: 'c' } }))).rejects.toThrow(/unknown canonical field "colour"/);
  });
});
