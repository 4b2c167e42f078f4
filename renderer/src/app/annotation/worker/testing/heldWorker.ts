import type { WorkerLike } from '../client';
import { createAnnotationHandler } from '../handler';
import type { WorkerRequest, WorkerResponse } from '../protocol';

/**
 * A stand-in for the module worker in tests: it runs the real handler (with
 * structured clone both ways, as postMessage does) as soon as a request
 * arrives, but hands the answers over only when told to (or at once when not
 * `held`), so a test can look at the UI mid-computation. A terminated one
 * still delivers on request, like a worker whose answer was already in flight.
 */
export class HeldWorker implements WorkerLike {
  static instances: HeldWorker[] = [];
  static held = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  readonly requests: WorkerRequest[] = [];
  readonly outbox: WorkerResponse[] = [];
  private readonly handle = createAnnotationHandler((m) => this.outbox.push(structuredClone(m)));

  constructor() {
    HeldWorker.instances.push(this);
  }

  static reset(): void {
    HeldWorker.instances = [];
    HeldWorker.held = false;
  }

  postMessage(request: WorkerRequest): void {
    const copy = structuredClone(request);
    this.requests.push(copy);
    this.handle(copy);
    if (!HeldWorker.held) setTimeout(() => this.deliver(), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Hands over answers in order, up to and including the first one `until` accepts (all by default). */
  deliver(until?: (m: WorkerResponse) => boolean): void {
    while (this.outbox.length) {
      const m = this.outbox.shift()!;
      this.onmessage?.({ data: m } as MessageEvent<WorkerResponse>);
      if (until?.(m)) return;
    }
  }
}
