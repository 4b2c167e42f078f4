import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { columnsFromSamples, type SampleColumns } from '../../../shared/analysis/columns';
import { mulberry32 } from '../../../shared/analysis/prng';
import { createAnalysisService } from './analysisService';
import type { ColumnsSource } from './columnsSource';

/** A NExT-shaped run: 20 samples per problem and iteration, 5 iterations, pass rate rising. */
function largeColumns(n: number): SampleColumns {
  const random = mulberry32(3);
  const problems = Math.ceil(n / 100);
  const cols = { problem: new Int32Array(n), split: new Int32Array(n), iteration: new Int32Array(n), sampleIndex: new Int32Array(n), passed: new Int8Array(n), rationaleChars: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    cols.problem[i] = Math.floor(i / 100);
    cols.iteration[i] = Math.floor(i / 20) % 5;
    cols.sampleIndex[i] = i % 20;
    cols.passed[i] = random() < 0.2 + 0.1 * cols.iteration[i]! ? 1 : 0;
    cols.rationaleChars[i] = 100 + (i % 700);
  }
  return { length: n, ...cols, problems: Array.from({ length: problems }, (_, p) => `p${p}`), splits: ['train'], grounding: null };
}

const small = columnsFromSamples([
  { problem_id: 'p1', split: 'dev', iteration: 0, sample_index: 0, passed: false },
  { problem_id: 'p1', split: 'dev', iteration: 1, sample_index: 0, passed: true },
]);
const large = largeColumns(1_000_000);

const source: ColumnsSource = {
  columns: (id) => (id === 'small' ? { columns: small, version: 1, indexing: false } : id === 'large' ? { columns: large, version: 1, indexing: false } : null),
};

describe('analysis worker', () => {
  it('leaves the main thread free while it computes a dashboard over a million samples', async () => {
    const service = createAnalysisService(source);
    try {
      // Start the worker first: what is checked is the computation, not the thread's start-up.
      await service.dashboard('small');
      const answered: string[] = [];
      const call = service.dashboard('large').finally(() => answered.push('large'));
      // A request made while the large one computes is answered at once. Computed on the main thread,
      // the large dashboard would be done before this one's turn came (no timing involved either way).
      await service.dashboard('small').finally(() => answered.push('small'));
      const dash = await call;
      expect(answered).toEqual(['small', 'large']);
      expect(dash.totalSamples).toBe(1_000_000);
      expect(dash.iterations).toEqual([0, 1, 2, 3, 4]);
    } finally {
      await service.dispose();
    }
  });

  it('fails a call with a clear error when its worker dies, and answers the next call from a new worker', async () => {
    const started: Worker[] = [];
    const service = createAnalysisService(source, { onWorker: (w) => started.push(w) });
    try {
      const before = await service.dashboard('small');
      const first = started[0]!;
      // Kill the worker as it is handed the next call (as a crash or running out of memory would).
      const post = first.postMessage.bind(first);
      first.postMessage = (...args: Parameters<Worker['postMessage']>) => {
        void first.terminate();
        post(...args);
      };
      await expect(service.paired('large', 0, 4, null, { seed: 1 })).rejects.toMatchObject({
        code: 'internal',
        message: expect.stringMatching(/analysis worker stopped .* before answering; it restarts with the next request/),
      });
      expect(await service.dashboard('small')).toMatchObject({ totalSamples: before.totalSamples, iterations: [0, 1] });
      const paired = await service.paired('small', 0, 1, null);
      expect(paired).toMatchObject({ pairs: 1, meanDiff: 1 });
      expect(started).toHaveLength(2);
    } finally {
      await service.dispose();
    }
  });

  it('stops its worker on dispose and refuses later calls', async () => {
    const started: Worker[] = [];
    const service = createAnalysisService(source, { onWorker: (w) => started.push(w) });
    await service.dashboard('small');
    const exited = new Promise<number>((resolve) => started[0]!.once('exit', resolve));
    await service.dispose();
    await exited;
    await expect(service.flips('small', 0, 1)).rejects.toMatchObject({ code: 'unavailable' });
    expect(started).toHaveLength(1);
  });
});
