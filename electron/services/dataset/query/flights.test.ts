import { describe, expect, it } from 'vitest';
import { Flights, QuerySuperseded } from './flights';

/** A computation that ends only when told to, and records whether it was cancelled. */
function gate() {
  let finish!: (v: string) => void;
  const state = { signal: null as AbortSignal | null, runs: 0 };
  const compute = (signal: AbortSignal) => {
    state.runs++;
    state.signal = signal;
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { compute, state, finish: (v: string) => finish(v) };
}

describe('Flights', () => {
  it('shares one computation between requests for the same result', async () => {
    const f = new Flights<string>();
    const g = gate();
    const a = f.run('q@1', 'q', 'list', g.compute);
    const b = f.run('q@1', 'q', 'list', g.compute);
    g.finish('rows');
    expect(await Promise.all([a, b])).toEqual(['rows', 'rows']);
    expect(g.state.runs).toBe(1);
  });

  it("cancels a list's previous query when it asks for another, and only that list's", async () => {
    const f = new Flights<string>();
    const old = gate();
    const first = f.run('a@1', 'a', 'list', old.compute);
    f.supersede('list', 'a'); // the same query again (a second page): nothing cancelled
    expect(old.state.signal!.aborted).toBe(false);
    f.supersede('other-list', 'b');
    expect(old.state.signal!.aborted).toBe(false);
    f.supersede('list', 'b');
    await expect(first).rejects.toBeInstanceOf(QuerySuperseded);
  });

  it('keeps a computation that another list or a channel-less caller still waits for', () => {
    const f = new Flights<string>();
    const shared = gate();
    void f.run('a@1', 'a', 'list1', shared.compute);
    void f.run('a@1', 'a', 'list2', shared.compute);
    f.supersede('list1', 'b');
    expect(shared.state.signal!.aborted).toBe(false);
    const pinned = gate();
    void f.run('c@1', 'c', 'list1', pinned.compute);
    void f.run('c@1', 'c', undefined, pinned.compute); // statistics for the same query
    f.supersede('list1', 'd');
    expect(pinned.state.signal!.aborted).toBe(false);
  });
});
