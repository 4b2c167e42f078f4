import { afterAll, describe, expect, it, vi } from 'vitest';
import { DatasetService } from '../datasetService';
import { sampleLine, tempDataset } from '../testUtil';
import { registerGroundingProvider } from './registry';

// A stand-in provider: counts "WRONG" in the rationale as contradicted claims.
registerGroundingProvider({
  name: 'test',
  compute: (s) => (s.rationale ? { consistent: 1, contradicted: (s.rationale.match(/WRONG/g) ?? []).length, unverifiable: 0 } : null),
});
const svc = new DatasetService({ cacheDir: null });
afterAll(async () => {
  registerGroundingProvider(null);
  await svc.dispose();
});

describe('grounding background pass', () => {
  it('fills grounding per row after indexing: rows, filters, sort and stats use it', async () => {
    const dir = tempDataset({
      'a.jsonl': [
        sampleLine({ problem_id: 'a', rationale: 'fine' }),
        sampleLine({ problem_id: 'b', rationale: 'WRONG and WRONG' }),
        sampleLine({ problem_id: 'c', rationale: 'WRONG' }),
        sampleLine({ problem_id: 'd', rationale: null }),
      ].join('\n'),
    });
    const ds = await svc.openAndWait(dir);
    await vi.waitFor(async () => expect((await svc.query(ds.id, { query: 'grounding:unchecked' }, 0, 10)).total).toBe(0), { timeout: 5000 });
    const page = await svc.query(ds.id, { query: 'grounding:contradicted', sort: { field: 'contradicted', dir: 'desc' } }, 0, 10);
    expect(page.rows.map((r) => [r.problem_id, r.grounding?.contradicted])).toEqual([['b', 2], ['c', 1]]);
    expect((await svc.query(ds.id, { query: 'grounding:consistent' }, 0, 10)).rows.map((r) => r.problem_id)).toEqual(['a']);
    const [stats] = await svc.stats(ds.id);
    expect(stats.grounding).toEqual({ consistent: 3, contradicted: 3, unverifiable: 0, samplesChecked: 4 });
  });
});
