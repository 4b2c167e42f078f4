import { setMaxListeners } from 'node:events';

/** A computation in progress, shared by every request that asked for the same result. */
interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  /** The query it answers, whatever the data version. */
  group: string;
  /** Channels (one per list on screen) that still want it. */
  channels: Set<string>;
  /** Someone without a channel (statistics, the dashboard, an export) waits for it: never cancelled. */
  pinned: boolean;
}

/** The answer to a request whose search was cancelled because its list moved on to another query. */
export class QuerySuperseded extends Error {
  constructor() {
    super('This search was superseded by a newer query from the same list');
    this.name = 'QuerySuperseded';
  }
}

/**
 * Running query computations: concurrent requests for one result share it
 * (the list asks for several pages of a new query at once), and a list that
 * asks for a different query cancels the search it no longer needs, so the
 * workers turn to the new one at once instead of finishing the old scan.
 */
export class Flights<T> {
  private flights = new Map<string, Flight<T>>();
  /** Per channel, the query it last asked for. */
  private current = new Map<string, string>();

  /** Notes that `channel` now wants `group`; the computation of its previous query is cancelled unless others wait for it. */
  supersede(channel: string, group: string): void {
    const before = this.current.get(channel);
    this.current.delete(channel); // re-inserted last: the map stays bounded by dropping the oldest
    this.current.set(channel, group);
    if (this.current.size > 100) this.current.delete(this.current.keys().next().value!);
    if (before === undefined || before === group) return;
    for (const f of this.flights.values()) {
      if (f.group !== before || !f.channels.delete(channel)) continue;
      if (f.channels.size === 0 && !f.pinned) f.controller.abort(new QuerySuperseded());
    }
  }

  /** The result for `key` (a query at one data version), joining the computation already running for it. */
  run(key: string, group: string, channel: string | undefined, compute: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let f = this.flights.get(key);
    if (!f || f.controller.signal.aborted) {
      const controller = new AbortController();
      // A whole-file search listens on it once per 32 MB job: hundreds on a multi-GB dataset.
      setMaxListeners(0, controller.signal);
      const flight: Flight<T> = { promise: Promise.resolve(undefined as T), controller, group, channels: new Set(), pinned: false };
      flight.promise = compute(controller.signal).finally(() => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
      });
      this.flights.set(key, (f = flight));
    }
    if (channel === undefined) f.pinned = true;
    else f.channels.add(channel);
    return f.promise;
  }
}
