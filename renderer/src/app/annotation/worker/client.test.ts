import { afterEach, describe, expect, it, vi } from 'vitest';
import { agreementByDimension } from '../../../../../shared/annotation/agreement/byDimension';
import { NEXT_RUBRIC } from '../../../../../shared/annotation/defaultRubric';
import { fixtureLabel } from '../../../../../shared/annotation/testFixtures';
import { AnnotationWorkerClient, CancelledError, type WorkerLike } from './client';
import { HeldWorker } from './testing/heldWorker';

const labels = ['P1', 'P2', 'P3', 'P4'].flatMap((p, i) => [
  fixtureLabel('ann', p, { identifies_bug: ['yes', 'no', 'partly', 'no'][i]! }),
  fixtureLabel('bob', p, { identifies_bug: ['yes', 'no', 'no', 'no'][i]! }),
]);
const args = { labels, rubric: NEXT_RUBRIC };
const expected = agreementByDimension(labels, NEXT_RUBRIC);

afterEach(() => HeldWorker.reset());

describe('AnnotationWorkerClient', () => {
  it('runs jobs inline where there is no Worker, with the same result and progress', async () => {
    expect(typeof Worker).toBe('undefined');
    const progress: number[] = [];
    const result = await new AnnotationWorkerClient().run('agreement', args, { onProgress: (d) => progress.push(d) });
    expect(result).toEqual(expected);
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('runs jobs in the worker, forwarding progress and answers by request', async () => {
    const client = new AnnotationWorkerClient(() => new HeldWorker());
    const progress: [number, number][] = [];
    const [a, b] = await Promise.all([
      client.run('agreement', args, { onProgress: (d, t) => progress.push([d, t]) }),
      client.run('agreement', { ...args, pair: ['bob', 'ann'] }),
    ]);
    expect(a).toEqual(expected);
    expect(b[0]!.cohen!.pair).toEqual(['bob', 'ann']);
    expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(HeldWorker.instances).toHaveLength(1);
  });

  it('rejects a job the worker could not run with its reason', async () => {
    const client = new AnnotationWorkerClient(() => new HeldWorker());
    await expect(client.run('import:plan', { parseId: 5, rubrics: [], existing: [], known: [] })).rejects.toThrow(/read it again/);
  });

  it('stops the worker when a job is cancelled, ignores its late answer and gives the other jobs a fresh worker', async () => {
    HeldWorker.held = true;
    const client = new AnnotationWorkerClient(() => new HeldWorker());
    const stale = new AbortController();
    const first = client.run('agreement', args, { signal: stale.signal });
    const second = client.run('agreement', { ...args, pair: ['bob', 'ann'] });
    const [w1] = HeldWorker.instances;
    stale.abort();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(w1!.terminated).toBe(true);
    const w2 = HeldWorker.instances[1]!;
    expect(w2.requests.map((r) => r.kind)).toEqual(['agreement']);
    w1!.deliver(); // answers already in flight from the stopped worker: ignored
    w2.deliver();
    expect((await second)[0]!.cohen!.pair).toEqual(['bob', 'ann']);
  });

  it('finishes the work inline when the worker cannot start', async () => {
    const broken: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => broken.onerror?.(new Event('error')), 0);
      },
      terminate: vi.fn(),
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = new AnnotationWorkerClient(() => broken);
    expect(await client.run('agreement', args)).toEqual(expected);
    expect(broken.terminate).toHaveBeenCalled();
  });

  it('stop() cancels every job and leaves the client usable', async () => {
    HeldWorker.held = true;
    const client = new AnnotationWorkerClient(() => new HeldWorker());
    const job = client.run('agreement', args);
    client.stop();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    HeldWorker.held = false;
    expect(await client.run('agreement', args)).toEqual(expected);
    expect(HeldWorker.instances).toHaveLength(2);
  });
});
