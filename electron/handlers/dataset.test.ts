import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { createBackend } from '../backend/createBackend';
import { sampleLine, tempDataset } from '../services/dataset/testUtil';

const lines: string[] = [];
for (let it = 0; it < 2; it++) {
  for (let p = 0; p < 3; p++) {
    for (let s = 0; s < 4; s++) lines.push(sampleLine({ problem_id: `mbpp/${p}`, iteration: it, sample_index: s, passed: (p + s + it) % 2 === 0, rationale: s === 1 ? 'An off by one error in the loop' : 'Wrong operator' }));
  }
}
const dir = tempDataset({ 'train.jsonl': lines.join('\n') + '\n{"problem_id": 5, "rationale": "cut' });
const backend = createBackend({ host: 'serve', initialDataset: null, roots: [], userDataDir: mkdtempSync(path.join(tmpdir(), 'tl-user-')), resourcesDir: dir, versions: {} });
const call = <T>(name: string, args: unknown) =>
  dispatch(backend.handlers, name, args, { transport: 'http' }).then((env) => {
    if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
    return env.value as T;
  });
afterAll(() => backend.services.dispose());

describe('dataset handlers', () => {
  it('opens, pages, searches, reads a sample and reports the bad line', async () => {
    const events: string[] = [];
    backend.hub.subscribe((name) => events.push(name));
    const opened = await call<{ id: string }>('dataset:open', { path: path.join(dir, 'train.jsonl') });
    let summary = await call<{ state: string; records: number; skipped: number; lines: number }>('dataset:summary', { datasetId: opened.id });
    for (let i = 0; summary.state === 'indexing' && i < 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      summary = await call('dataset:summary', { datasetId: opened.id });
    }
    expect(summary).toMatchObject({ state: 'ready', records: 24, skipped: 1, lines: 25 });
    expect(events).toEqual(expect.arrayContaining(['dataset:changed', 'dataset:progress']));

    const page = await call<{ total: number; rows: Array<{ index: number; iteration: number; problem_id: string }> }>('dataset:query', {
      datasetId: opened.id,
      query: 'iter:1 problem:mbpp/* "OFF BY ONE"',
      sort: { field: 'problem_id', dir: 'desc' },
    });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.problem_id)).toEqual(['mbpp/2', 'mbpp/1', 'mbpp/0']);

    const detail = await call<{ sample: { rationale: string }; source: { line: number }; contentHash: string }>('dataset:sample', { datasetId: opened.id, index: page.rows[0].index });
    expect(detail.sample.rationale).toContain('off by one');
    expect(detail.source.line).toBe(page.rows[0].index + 1);
    expect(detail.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const issues = await call<{ total: number; issues: Array<{ line: number; reason: string }> }>('dataset:issues', { datasetId: opened.id });
    expect(issues.issues).toEqual([expect.objectContaining({ file: 'train.jsonl', line: 25, reason: expect.stringMatching(/truncated last line/) })]);

    const stats = await call<Array<{ iteration: number; samples: number }>>('dataset:stats', { datasetId: opened.id });
    expect(stats.map((s) => [s.iteration, s.samples])).toEqual([[0, 12], [1, 12]]);
  });

  it('answers a bad query with queryError and unfiltered rows', async () => {
    const opened = await call<{ id: string }>('dataset:open', { path: path.join(dir, 'train.jsonl') });
    const page = await call<{ total: number; queryError?: string }>('dataset:query', { datasetId: opened.id, query: 'colour:red' });
    expect(page.queryError).toMatch(/unknown filter "colour:"/);
    expect(page.total).toBeGreaterThan(0);
  });

  it('tells where a sample sits in a query result, or null when the query excludes it', async () => {
    const opened = await call<{ id: string }>('dataset:open', { path: path.join(dir, 'train.jsonl') });
    await backend.services.datasets.openAndWait(path.join(dir, 'train.jsonl'));
    const query = 'iter:1';
    const sort = { field: 'problem_id', dir: 'desc' } as const;
    const page = await call<{ rows: Array<{ index: number }> }>('dataset:query', { datasetId: opened.id, query, sort, limit: 100 });
    // Every row's position agrees with the page the list would load.
    for (const [i, row] of page.rows.entries()) expect(await call('dataset:position', { datasetId: opened.id, query, sort, index: row.index })).toBe(i);
    // Row 0 is iteration 0: not in this result.
    expect(await call('dataset:position', { datasetId: opened.id, query, sort, index: 0 })).toBeNull();
    expect(await call('dataset:position', { datasetId: opened.id, index: 5 })).toBe(5);
  });

  it('gives typed errors for unknown datasets and missing paths', async () => {
    const env = await dispatch(backend.handlers, 'dataset:summary', { datasetId: 'nope' }, { transport: 'http' });
    expect(env).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const missing = await dispatch(backend.handlers, 'dataset:open', { path: path.join(dir, 'missing.jsonl') }, { transport: 'http' });
    expect(missing.ok).toBe(false);
  });
});
