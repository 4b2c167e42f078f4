import { describe, expect, it } from 'vitest';
import { columnsFromSamples, type PlainSample } from '../../../shared/analysis/columns';
import { nonFinitePaths } from '../../../shared/analysis/testUtil';
import { createAnalysisService } from './analysisService';
import type { ColumnsSnapshot } from './columnsSource';

const samples: PlainSample[] = [
  { problem_id: 'p1', split: 'dev', iteration: 0, sample_index: 0, passed: false, rationaleChars: 120 },
  { problem_id: 'p1', split: 'dev', iteration: 3, sample_index: 0, passed: true, rationaleChars: 80 },
  { problem_id: 'p2', split: 'dev', iteration: 17, sample_index: 0, passed: true, rationaleChars: 60 },
];

function source(initial: ColumnsSnapshot) {
  let snapshot = initial;
  let calls = 0;
  return {
    set(next: ColumnsSnapshot) {
      snapshot = next;
    },
    get calls() {
      return calls;
    },
    columns(id: string) {
      calls++;
      return id === 'ds' ? snapshot : null;
    },
  };
}

describe('analysis service', () => {
  it('answers not-found for a dataset that is not open', async () => {
    const service = createAnalysisService(source({ columns: columnsFromSamples(samples), version: 1, indexing: false }));
    await expect(service.dashboard('other')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('recomputes when the engine reports a new version (indexing progressed)', async () => {
    const src = source({ columns: columnsFromSamples(samples.slice(0, 1)), version: 1, indexing: true });
    const service = createAnalysisService(src);
    const first = await service.dashboard('ds');
    expect(first.totalSamples).toBe(1);
    expect(first.indexing).toBe(true);
    src.set({ columns: columnsFromSamples(samples), version: 2, indexing: false });
    const second = await service.dashboard('ds');
    expect(second.totalSamples).toBe(3);
    expect(second.iterations).toEqual([0, 3, 17]);
    expect(second.missingIterations).toEqual([
      [1, 2],
      [4, 16],
    ]);
    expect(nonFinitePaths(second)).toEqual([]);
  });

  it('serves flips, problem grids and paired comparisons from the same columns', async () => {
    const service = createAnalysisService(source({ columns: columnsFromSamples(samples), version: 1, indexing: false }));
    const flips = await service.flips('ds', 0, 3);
    expect(flips.flips.map((f) => [f.problem_id, f.kind])).toEqual([['p1', 'fail-to-pass']]);
    const grid = await service.problem('ds', 'p2');
    expect(grid.rows.map((r) => r.samples.length)).toEqual([0, 0, 1]);
    const paired = await service.paired('ds', 0, 3, null);
    expect(paired.pairs).toBe(1);
    expect(paired.meanDiff).toBe(1);
    // One problem gives a difference but no interval.
    expect(paired.ci).toBeNull();
  });
});
