import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DatasetSummary } from '../../../shared/contract/dataset';
import { DatasetService } from './datasetService';
import { sampleLine, tempDataset } from './testUtil';

describe('watching an open dataset', () => {
  it('re-indexes when a training run appends to the file, and when a file is added to the folder', async () => {
    const dir = tempDataset({ 'iter0.jsonl': sampleLine({ problem_id: 'a', iteration: 0 }) + '\n' });
    const changed: DatasetSummary[] = [];
    const svc = new DatasetService({ cacheDir: null, watch: true, onChanged: (s) => changed.push(s) });
    try {
      const first = await svc.open(dir);
      await svc.get(first.id)!.done;
      appendFileSync(path.join(dir, 'iter0.jsonl'), sampleLine({ problem_id: 'b', iteration: 0 }) + '\n');
      await vi.waitFor(() => expect(changed.at(-1)).toMatchObject({ id: first.id, state: 'ready', records: 2 }), { timeout: 10_000, interval: 50 });
      writeFileSync(path.join(dir, 'iter1.jsonl'), sampleLine({ problem_id: 'c', iteration: 1 }) + '\n');
      await vi.waitFor(() => expect(changed.at(-1)).toMatchObject({ state: 'ready', records: 3 }), { timeout: 10_000, interval: 50 });
      expect(svc.summary(first.id).facets.iterations).toEqual([{ value: 0, count: 2 }, { value: 1, count: 1 }]);
    } finally {
      await svc.dispose();
    }
  });
});
