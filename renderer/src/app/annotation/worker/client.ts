import { createAnnotationHandler } from './handler';
import type { JobArgs, JobKind, JobResult, WorkerRequest, WorkerResponse } from './protocol';

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Rejection of a job whose caller gave up on it (new inputs, a new file, unmount). */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

export const isCancelled = (err: unknown): boolean => err instanceof CancelledError;

/** The smallest part of `Worker` the client uses (a test can stand in for it). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** The real module worker; null where there is none (jsdom, old environments): jobs then run inline. */
export function createModuleWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./annotationWorker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

interface Pending {
  request: WorkerRequest;
  options: RunOptions;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

/**
 * Runs annotation jobs in a module worker, one worker per client, created on
 * first use. Cancelling a job stops the computation for real (the worker is
 * terminated; the next job gets a fresh one) and its promise rejects with
 * CancelledError. Without Worker support, or when the worker cannot start,
 * the same handler runs inline (after a turn of the event loop, so callers
 * can show that work started).
 */
export class AnnotationWorkerClient {
  private worker: WorkerLike | null = null;
  private inline: ((request: WorkerRequest) => void) | null = null;
  private workerFailed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly createWorker: () => WorkerLike | null = createModuleWorker) {}

  run<K extends JobKind>(kind: K, args: JobArgs<K>, options: RunOptions = {}): Promise<JobResult<K>> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const request = { id: this.nextId++, kind, args } as WorkerRequest;
    return new Promise<JobResult<K>>((resolve, reject) => {
      this.pending.set(request.id, { request, options, resolve: resolve as (v: unknown) => void, reject });
      signal?.addEventListener('abort', () => this.cancel(request.id), { once: true });
      this.send(request);
    });
  }

  /** Stops every job (each rejects with CancelledError) and the worker; the client stays usable. */
  stop(): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    this.terminate();
    for (const p of all) p.reject(new CancelledError());
  }

  private send(request: WorkerRequest): void {
    const worker = this.ensureWorker();
    if (worker) {
      worker.postMessage(request);
      return;
    }
    this.inline ??= createAnnotationHandler((m) => this.receive(m));
    const handle = this.inline;
    setTimeout(() => {
      if (this.pending.has(request.id)) handle(request);
    }, 0);
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      this.worker = this.createWorker();
    } catch {
      this.worker = null;
    }
    if (!this.worker) {
      this.workerFailed = true;
      return null;
    }
    this.worker.onmessage = (e) => this.receive(e.data);
    this.worker.onerror = (e) => {
      // The worker script did not load (or died): finish the work inline rather than not at all.
      e.preventDefault?.();
      console.warn('Annotation worker failed; running inline', e);
      this.terminate();
      this.workerFailed = true;
      for (const p of this.pending.values()) this.send(p.request);
    };
    return this.worker;
  }

  private receive(message: WorkerResponse): void {
    const p = this.pending.get(message.id);
    if (!p) return; // A job cancelled meanwhile: its late answer is ignored.
    if (message.type === 'progress') {
      p.options.onProgress?.(message.done, message.total);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'done') p.resolve(message.result);
    else p.reject(new Error(message.message));
  }

  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.reject(new CancelledError());
    if (!this.worker) return;
    // A worker busy with a synchronous computation reads no message until it ends: stop it instead,
    // and hand the jobs still wanted to a fresh one.
    this.terminate();
    for (const other of this.pending.values()) this.send(other.request);
  }

  private terminate(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
