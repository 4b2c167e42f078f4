import { afterAll, describe, expect, it } from 'vitest';
import { DatasetService } from '../datasetService';
import { sampleLine, tempDataset } from '../testUtil';
import type { SearchJob, WorkerMessage } from '../worker/protocol';
import { searchChunk } from '../worker/searchChunk';
import { WorkerPool } from '../workerPool';
import { QuerySuperseded } from './flights';
import { QueryRunner } from './runQuery';

const svc = new DatasetService({ cacheDir: null });
afterAll(() => svc.dispose());

interface Queued {
  job: SearchJob;
  listener: (m: WorkerMessage) => void;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * One worker, jobs in order, like the real pool on a busy machine. A search
 * for "endless" stands for a scan of a huge file: it ends only when its
 * cancel flag is raised (the real worker checks it between 8 MB blocks).
 */
class OneWorker {
  size = 1;
  private queue: Queued[] = [];
  private busy = false;
  run(job: Omit<SearchJob, 'jobId'>, listener: Queued['listener'], signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const q: Queued = { job: { ...job, jobId: 1 }, listener, resolve, reject };
      this.queue.push(q);
      signal?.addEventListener('abort', () => {
        const at = this.queue.indexOf(q);
        if (at >= 0) this.queue.splice(at, 1), reject(signal.reason);
      });
      this.pump();
    });
  }
  private pump(): void {
    const q = !this.busy && this.queue.shift();
    if (!q) return;
    this.busy = true;
    const finish = () => {
      q.listener(searchChunk(q.job));
      this.busy = false;
      q.resolve();
      this.pump();
    };
    if (!q.job.needles.some((n) => n.includes('endless'))) return void setImmediate(finish);
    const flag = new Int32Array(q.job.cancel!);
    const poll = setInterval(() => Atomics.load(flag, 0) !== 0 && (clearInterval(poll), finish()), 5);
  }
}

describe('superseded full-text search', () => {
  const dir = tempDataset({
    'a.jsonl': [sampleLine({ problem_id: 'p1', rationale: 'an off by one' }), sampleLine({ problem_id: 'p2', rationale: 'endless loop' }), sampleLine({ problem_id: 'p3', rationale: 'off by one again' })].join('\n'),
  });

  it("answers a list's new query without waiting for its previous search to finish scanning", async () => {
    const ds = await svc.openAndWait(dir);
    const runner = new QueryRunner(ds, () => new OneWorker() as unknown as WorkerPool, () => null);
    const first = runner.page({ query: 'endless' }, 0, 10, 'list-1');
    const second = runner.page({ query: '"off by one"' }, 0, 10, 'list-1');
    // The one worker is busy with the endless scan: without cancellation the second query would wait forever.
    expect((await second).rows.map((r) => r.problem_id)).toEqual(['p1', 'p3']);
    await expect(first).rejects.toBeInstanceOf(QuerySuperseded);
  });

  it('lets a query from another list (or statistics) run to the end', async () => {
    const ds = await svc.openAndWait(dir);
    const pool = new OneWorker();
    const runner = new QueryRunner(ds, () => pool as unknown as WorkerPool, () => null);
    const a = runner.page({ query: 'off' }, 0, 10, 'list-1');
    const b = runner.page({ query: 'again' }, 0, 10, 'list-2');
    expect((await a).rows.map((r) => r.problem_id)).toEqual(['p1', 'p3']);
    expect((await b).rows.map((r) => r.problem_id)).toEqual(['p3']);
  });
});

describe('cancelling worker jobs', () => {
  const dir = tempDataset({ 'b.jsonl': sampleLine({ problem_id: 'x', rationale: 'needle' }) });

  it('a raised cancel flag stops the worker search before it reads', () => {
    const path = `${dir}/b.jsonl`;
    const cancel = new SharedArrayBuffer(4);
    const job: SearchJob = { kind: 'search', jobId: 1, path, start: 0, end: 1000, needles: ['needle'], cancel };
    expect(searchChunk(job).hits[0]).toHaveLength(1);
    Atomics.store(new Int32Array(cancel), 0, 1);
    expect(searchChunk(job).hits[0]).toHaveLength(0);
  });

  it('an aborted signal drops the queued jobs and rejects them with its reason', async () => {
    const pool = new WorkerPool(1, null); // in-process: one job per macrotask
    const path = `${dir}/b.jsonl`;
    const seen: number[] = [];
    const controller = new AbortController();
    const jobs = [0, 1, 2].map((i) => pool.run<SearchJob>({ kind: 'search', path, start: 0, end: 1000, needles: ['needle'] }, () => seen.push(i), controller.signal));
    const reason = new Error('superseded');
    controller.abort(reason);
    const settled = await Promise.allSettled(jobs);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect((settled[1] as PromiseRejectedResult).reason).toBe(reason);
    expect(seen).toEqual([0]);
    expect(pool.queued).toBe(0);
    await pool.dispose();
  });
});
