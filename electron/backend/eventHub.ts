import type { EventName, PayloadOf } from '../../shared/contract';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Fan-out of backend events to every connected UI (IPC windows, SSE clients). */
export class EventHub {
  private listeners = new Set<EventListener>();

  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // A broken listener (a closed window, a dropped socket) must not stop the others.
      }
    }
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
