import { Worker } from 'node:worker_threads';
import { RpcError } from '../../../shared/contract/errors';
import type { FromWorker, ToWorker } from './worker/protocol';

type Call = Extract<ToWorker, { kind: 'call' }>;
interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/**
 * One analysis worker thread, started on the first call and again after it
 * died. Calls are matched to replies by id; when the worker dies every
 * pending call fails with an 'internal' error (never hangs) and `onLost`
 * lets the owner forget what the worker held. The thread is unref'd while
 * idle so that it never keeps a process alive on its own.
 */
export class AnalysisWorkerClient {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly onLost: () => void,
    /** Sees every worker started (tests use it to kill one). */
    private readonly onStart?: (worker: Worker) => void,
  ) {}

  call<T>(msg: Omit<Call, 'id'>, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.disposed) return Promise.reject(new RpcError('unavailable', 'The analysis service has been shut down'));
    const w = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      if (this.pending.size === 1) w.ref();
      w.postMessage({ ...msg, id } satisfies Call, transfer);
    });
  }

  /** Fire-and-forget messages (evictions); dropped when no worker runs, as it then holds nothing. */
  post(msg: Exclude<ToWorker, Call>): void {
    this.worker?.postMessage(msg);
  }

  private start(): Worker {
    const w = new Worker(this.script);
    w.unref();
    w.on('message', (msg: FromWorker) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (this.pending.size === 0) w.unref();
      if (msg.kind === 'result') p.resolve(msg.value);
      else p.reject(new RpcError(msg.error.code, msg.error.message, msg.error.details));
    });
    // An uncaught error is followed by 'exit'; whichever comes first fails the pending calls.
    w.on('error', (err) => this.lost(w, err.message));
    w.on('exit', (code) => this.lost(w, `exit code ${code}`));
    this.onStart?.(w);
    return w;
  }

  private lost(w: Worker, reason: string): void {
    if (this.worker !== w) return;
    this.worker = null;
    this.onLost();
    const pending = [...this.pending.values()];
    this.pending.clear();
    const message = this.disposed
      ? 'The analysis service has been shut down'
      : `The analysis worker stopped (${reason}) before answering; it restarts with the next request`;
    for (const p of pending) p.reject(new RpcError(this.disposed ? 'unavailable' : 'internal', message));
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    const w = this.worker;
    if (!w) return;
    this.lost(w, 'shut down');
    await w.terminate();
  }
}
