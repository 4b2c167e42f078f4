import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetService } from '../dataset/datasetService';
import { sampleLine, tempDataset } from '../dataset/testUtil';
import { createAnalysisService } from './analysisService';
import { datasetColumnsSource } from './datasetColumns';

const dir = tempDataset({
  'run.jsonl': [
    sampleLine({ problem_id: 'p1', iteration: 0, sample_index: 0, passed: false }),
    sampleLine({ problem_id: 'p1', iteration: 0, sample_index: 1, passed: false }),
    sampleLine({ problem_id: 'p1', iteration: 2, sample_index: 0, passed: true }),
    sampleLine({ problem_id: 'p2', iteration: 0, sample_index: 0, passed: true }),
    sampleLine({ problem_id: 'p2', iteration: 2, sample_index: 0, passed: null }),
  ].join('\n'),
});
const datasets = new DatasetService({ cacheDir: null, workerScript: null, workers: 1 });
afterAll(async () => {
  await datasets.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('analysis over the dataset engine', () => {
  it('reads the engine columns and answers with the dataset indices dataset:sample takes', async () => {
    const ds = await datasets.openAndWait(dir);
    const service = createAnalysisService(datasetColumnsSource(datasets));
    const dash = await service.dashboard(ds.id);
    expect(dash.totalSamples).toBe(5);
    expect(dash.iterations).toEqual([0, 2]);
    const iter0 = dash.groups.find((g) => g.iteration === 0)!;
    expect(iter0.fixRate).toMatchObject({ successes: 1, trials: 3 });
    const iter2 = dash.groups.find((g) => g.iteration === 2)!;
    expect(iter2.unknown).toBe(1);

    const grid = await service.problem(ds.id, 'p1');
    const cell = grid.rows.find((r) => r.iteration === 2)!.samples[0]!;
    const detail = await datasets.sample(ds.id, cell.index);
    expect(detail.key).toMatchObject({ problem_id: 'p1', iteration: 2, sample_index: 0 });

    const flips = await service.flips(ds.id, 0, 2);
    expect(flips.flips.map((f) => [f.problem_id, f.kind])).toEqual([['p1', 'fail-to-pass']]);
    expect(flips.counts.onlyInFrom).toBe(1); // p2 has no known outcome in iteration 2
  });

  it('restricts every figure to the samples a query matches, and rejects a query it cannot read', async () => {
    const ds = await datasets.openAndWait(dir);
    const service = createAnalysisService(datasetColumnsSource(datasets));
    const dash = await service.dashboard(ds.id, 'problem:p1');
    expect(dash.totalSamples).toBe(3);
    const paired = await service.paired(ds.id, 0, 2, null, { seed: 1 }, 'problem:p1');
    expect(paired).toMatchObject({ pairs: 1, improved: 1, meanDiff: 1 });
    expect((await service.dashboard(ds.id)).totalSamples).toBe(5);
    await expect(service.dashboard(ds.id, 'colour:red')).rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/Query not understood: .*colour/) });
  });

  it('answers not-found for a dataset that was never opened', async () => {
    const service = createAnalysisService(datasetColumnsSource(datasets));
    await expect(service.dashboard('nope')).rejects.toMatchObject({ code: 'not-found' });
  });
});
