import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage, WorkerReady } from './worker/protocol';
import { runJob } from './worker/datasetWorker';
import { resolveWorkerBundle } from '../workerBundle';

type Listener = (msg: WorkerMessage) => void;
interface Pending {
  job: WorkerJob;
  listener: Listener;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** The dataset worker's bundle (built from this folder and shared/dataset under vitest and the benchmark). */
export function resolveWorkerScript(): string | null {
  return resolveWorkerBundle({
    name: 'datasetWorker',
    dir: __dirname,
    source: path.join(__dirname, 'worker', 'datasetWorker.ts'),
    sourceDirs: [__dirname, path.join(__dirname, '..', '..', '..', 'shared', 'dataset')],
  });
}

/**
 * A small pool of worker threads (one per core, at most `size`) running
 * scan and search jobs. Without a worker script it runs jobs in-process, one
 * per macrotask, so the app still works (more slowly) from an odd build.
 */
export class WorkerPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: Pending[] = [];
  private running = new Map<Worker, Pending>();
  private nextId = 1;
  private disposed = false;
  private inlineBusy = false;
  /** False when jobs run in-process (no worker script, or every worker crashed). */
  threaded: boolean;

  /** Resolves when every worker has started; jobs may be queued before. */
  readonly ready: Promise<void>;

  constructor(
    size = Math.max(1, Math.min(availableParallelism(), 4)),
    script: string | null = resolveWorkerScript(),
  ) {
    this.threaded = script !== null;
    if (!script) {
      this.ready = Promise.resolve();
      return;
    }
    const started: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.unref();
      started.push(
        new Promise((resolve) => {
          const onReady = (msg: WorkerMessage | WorkerReady) => {
            if (msg.kind !== 'ready') return;
            w.off('message', onReady);
            resolve();
          };
          w.on('message', onReady);
          w.once('error', () => resolve());
        }),
      );
      w.on('message', (msg: WorkerMessage | WorkerReady) => msg.kind !== 'ready' && this.onMessage(w, msg));
      w.on('error', (err) => this.onCrash(w, err));
      this.workers.push(w);
      this.idle.push(w);
    }
    this.ready = Promise.all(started).then(() => undefined);
  }

  get size(): number {
    return Math.max(1, this.workers.length);
  }

  /**
   * Runs a job (its jobId is assigned here); `listener` sees every message;
   * resolves when it is done. An aborted `signal` drops the job if it has not
   * started (rejecting with the signal's reason); a running job is stopped by
   * its own means (a search job's `cancel` flag).
   */
  run<J extends WorkerJob>(job: Omit<J, 'jobId'>, listener: Listener, signal?: AbortSignal): Promise<void> {
    if (this.disposed) return Promise.reject(new Error('worker pool disposed'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    const full = { ...job, jobId: this.nextId++ } as unknown as WorkerJob;
    return new Promise((resolve, reject) => {
      const drop = () => {
        const at = this.queue.indexOf(pending);
        if (at < 0) return;
        this.queue.splice(at, 1);
        reject(signal!.reason);
      };
      // The listener goes once the job settles: one signal may watch many jobs in turn.
      const settle = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => {
        signal?.removeEventListener('abort', drop);
        fn(...a);
      };
      const pending: Pending = { job: full, listener, resolve: settle(resolve), reject: settle(reject) };
      this.queue.push(pending);
      signal?.addEventListener('abort', drop, { once: true });
      this.pump();
    });
  }

  /** Jobs waiting for a free worker. */
  get queued(): number {
    return this.queue.length;
  }

  private pump(): void {
    if (!this.threaded) {
      // One job at a time, like a single worker: the rest stay queued (and can be dropped).
      if (this.inlineBusy) return;
      const p = this.queue.shift();
      if (!p) return;
      this.inlineBusy = true;
      setImmediate(() => {
        let failed: string | null = null;
        runJob(p.job, (msg) => {
          if (msg.kind === 'error') failed = msg.message;
          else p.listener(msg);
        });
        if (failed) p.reject(new Error(failed));
        else p.resolve();
        this.inlineBusy = false;
        this.pump();
      });
      return;
    }
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const p = this.queue.shift()!;
      this.running.set(w, p);
      w.ref();
      w.postMessage(p.job);
    }
  }

  private onMessage(w: Worker, msg: WorkerMessage): void {
    const p = this.running.get(w);
    if (!p || msg.jobId !== p.job.jobId) return;
    if (msg.kind === 'error') return this.finish(w, p, new Error(msg.message));
    p.listener(msg);
    if (msg.kind === 'done' || msg.kind === 'hits') this.finish(w, p, null);
  }

  private finish(w: Worker, p: Pending, err: Error | null): void {
    this.running.delete(w);
    w.unref();
    this.idle.push(w);
    if (err) p.reject(err);
    else p.resolve();
    this.pump();
  }

  private onCrash(w: Worker, err: Error): void {
    const p = this.running.get(w);
    this.running.delete(w);
    this.workers = this.workers.filter((x) => x !== w);
    if (p) p.reject(new Error(`dataset worker crashed: ${err.message}`));
    if (this.workers.length === 0) this.threaded = false;
    this.pump();
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const p of this.queue) p.reject(new Error('worker pool disposed'));
    this.queue = [];
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
    this.idle = [];
  }
}
