import { afterEach, describe, expect, it } from 'vitest';
import { columnsFromSamples, type PlainSample } from '../../../shared/analysis/columns';
import { createAnalysisService } from './analysisService';
import type { ColumnsSnapshot, ColumnsSource } from './columnsSource';

// Problem p<k> has k+1 samples in iteration 0, so every `problem:` query gives a different total.
const samples: PlainSample[] = Array.from({ length: 12 }, (_, k) =>
  Array.from({ length: k + 1 }, (_, s): PlainSample => ({ problem_id: `p${k}`, split: 'dev', iteration: 0, sample_index: s, passed: s % 2 === 0 })),
).flat();
const columns = columnsFromSamples(samples);

/** A source whose queries are `problem:<id>` only, counting how often one runs. */
function querySource(snapshot: () => ColumnsSnapshot) {
  const ran: string[] = [];
  const source: ColumnsSource = {
    columns: (id) => (id === 'ds' ? snapshot() : null),
    async rows(_id, query) {
      ran.push(query);
      const m = /^problem:(\S+)$/.exec(query);
      if (!m) return { rows: [], error: `unknown field in ${query}` };
      return { rows: samples.flatMap((s, i) => (s.problem_id === m[1] ? [i] : [])) };
    },
  };
  return { source, ran };
}

let dispose: (() => Promise<void>) | null = null;
afterEach(async () => dispose?.());

describe('analysis cache in front of the worker', () => {
  it('reuses a filtered view without rerunning its query, and rebuilds one it evicted', async () => {
    const { source, ran } = querySource(() => ({ columns, version: 1, indexing: false }));
    const service = createAnalysisService(source);
    dispose = service.dispose;
    expect((await service.dashboard('ds', 'problem:p3')).totalSamples).toBe(4);
    // Switching iterations in the flip finder or the paired comparison: same query, no new search.
    await service.flips('ds', 0, 0, undefined, 'problem:p3');
    await service.paired('ds', 0, 0, null, { seed: 1 }, 'problem:p3');
    expect(ran).toEqual(['problem:p3']);
    // Ten more filtered views push the first one out of the cache (eight entries)...
    for (let k = 0; k < 10; k++) expect((await service.dashboard('ds', `problem:p${k}`)).totalSamples).toBe(k + 1);
    // ...p3 is still cached from the loop; p0 was evicted and is rebuilt from a new search.
    ran.length = 0;
    expect((await service.dashboard('ds', 'problem:p3')).totalSamples).toBe(4);
    expect((await service.dashboard('ds', 'problem:p0')).totalSamples).toBe(1);
    expect(ran).toEqual(['problem:p0']);
    expect((await service.dashboard('ds')).totalSamples).toBe(samples.length);
  });

  it.each([
    ['worker', undefined],
    ['in-thread fallback', null],
  ])('ignores matches past the columns it was given (rows indexed while the query ran): %s', async (_, script) => {
    // The engine indexed all rows by the time the query answered, but the snapshot holds only the first 20.
    const partial = { ...columns, length: 20 };
    const { source } = querySource(() => ({ columns: partial, version: 'partial', indexing: true }));
    const service = createAnalysisService(source, { script });
    dispose = service.dispose;
    // p5's six samples are rows 15-20: row 20 is past the snapshot.
    const dash = await service.dashboard('ds', 'problem:p5');
    expect(dash).toMatchObject({ totalSamples: 5, indexing: true });
  });

  it('answers bad-request for a query the engine cannot read', async () => {
    const { source } = querySource(() => ({ columns, version: 1, indexing: false }));
    const service = createAnalysisService(source);
    dispose = service.dispose;
    await expect(service.paired('ds', 0, 1, null, undefined, 'colour:red')).rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/colour/) });
  });
});
