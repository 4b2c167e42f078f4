import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetService } from '../datasetService';
import { sampleLine, tempDataset } from '../testUtil';
import { installGroundingColumn } from './grounding';
import { registerGroundingProvider } from './registry';

describe('grounding column in the dataset engine', () => {
  let service: DatasetService | null = null;
  afterEach(async () => {
    registerGroundingProvider(null);
    await service?.dispose();
  });

  it('filters and sorts by contradicted claims and reports grounding per iteration', async () => {
    installGroundingColumn();
    const trace = 'def f(a, b):  # (0) a=1, b=2\n    return a - b  # (1) __return__=-1\nassert f(1, 2) == 3  # (2) __exception__ = AssertionError()';
    const dir = tempDataset({
      'run.jsonl': [
        sampleLine({ sample_index: 0, trace, rationale: 'The function returns -1 because it subtracts.' }),
        sampleLine({ sample_index: 1, trace, rationale: 'Here `a` is 1 and `b` is 5, so it returns 7.' }),
        sampleLine({ sample_index: 2, iteration: 2, trace, rationale: 'No claims at all.' }),
      ].join('\n'),
    });
    service = new DatasetService({ cacheDir: null, workerScript: null, workers: 1 });
    const ds = await service.openAndWait(dir);
    await vi.waitFor(async () => expect((await service!.query(ds.id, { query: 'grounding:contradicted' }, 0, 10)).total).toBe(1), { timeout: 10_000 });
    const page = await service.query(ds.id, { query: '', sort: { field: 'contradicted', dir: 'desc' } }, 0, 10);
    expect(page.rows[0]).toMatchObject({ sample_index: 1, grounding: { consistent: 1, contradicted: 2, unverifiable: 0 } });
    expect(page.rows.find((r) => r.sample_index === 0)!.grounding).toEqual({ consistent: 1, contradicted: 0, unverifiable: 0 });
    const stats = await service.stats(ds.id);
    expect(stats.find((s) => s.iteration === 1)!.grounding).toMatchObject({ consistent: 2, contradicted: 2 });
  });
});
