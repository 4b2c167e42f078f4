import type { Envelope, EventName, RequestName } from '../../../shared/contract';

/** How the renderer reaches the backend: Electron IPC (preload bridge) or HTTP (serve mode). */
export interface Transport {
  readonly kind: 'electron' | 'http';
  call(name: RequestName, args: unknown): Promise<Envelope<unknown>>;
  /** Returns the unsubscribe function. */
  subscribe(name: EventName, listener: (payload: unknown) => void): () => void;
}
