import type { Envelope, EventName } from '../../../shared/contract';
import type { Transport } from './transport';

/**
 * Serve mode: requests are `POST /api/rpc/<name>` with JSON arguments, events
 * arrive over one server-sent-events stream. A non-loopback server requires a
 * token; the printed URL carries it as `?token=` and the server answers with
 * a cookie, so it is sent again here only as a header for clarity.
 */
export function createHttpTransport(baseUrl = '', token: string | null = null): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureSource = () => {
    if (source) return;
    const url = `${baseUrl}/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`;
    source = new EventSource(url);
    source.onmessage = (msg) => {
      try {
        const { name, payload } = JSON.parse(msg.data) as { name: EventName; payload: unknown };
        for (const l of listeners.get(name) ?? []) l(payload);
      } catch {
        // A malformed event is dropped rather than breaking the stream.
      }
    };
  };

  return {
    kind: 'http',
    async call(name, args) {
      try {
        const res = await fetch(`${baseUrl}/api/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { 'x-tracelens-token': token } : {}) },
          body: JSON.stringify(args ?? {}),
        });
        const text = await res.text();
        try {
          return JSON.parse(text) as Envelope<unknown>;
        } catch {
          return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}: ${text.slice(0, 200)}` } };
        }
      } catch (err) {
        return { ok: false, error: { code: 'unavailable', message: `The Tracelens server cannot be reached (${String(err)})` } };
      }
    },
    subscribe(name, listener) {
      ensureSource();
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener);
      return () => set!.delete(listener);
    },
  };
}
