import type { StructuredTrace, TestTrace, TraceEvent } from '../../shared/trace/types';

/** Runs code against tests with the project's tracer and returns its structured trace. */
export interface TraceRunner {
  trace(code: string, tests: string[]): Promise<StructuredTrace>;
  /** The interpreter's version, e.g. `3.11.7`: reprs and error messages come from it. */
  python?(): Promise<string>;
  dispose?(): Promise<void>;
}

const TEST_KEYS = ['test', 'testLine', 'outcome', 'passed', 'message', 'exception', 'truncated', 'stdout', 'events'];
const EVENT_KEYS = ['step', 'line', 'kind', 'func', 'changed', 'returnValue', 'exception', 'truncated'];

/** Known keys first in a fixed order, then any others as they come. */
function ordered<T extends object>(obj: T, keys: string[], drop: string[] = []): T {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of [...keys, ...Object.keys(src)]) if (!(k in out) && !drop.includes(k) && src[k] !== undefined) out[k] = src[k];
  return out as T;
}

/**
 * Drops what differs between runs (timings) and fixes the key order (the
 * tracer and the service's schema may emit keys in different orders), so
 * that regenerating the demo gives identical bytes.
 */
export function stableTrace(trace: StructuredTrace): StructuredTrace {
  const tests = trace.tests.map((t) => {
    const test = ordered<TestTrace>(t, TEST_KEYS, ['durationMs']);
    test.events = t.events.map((e) => ordered<TraceEvent>(e, EVENT_KEYS));
    return test;
  });
  return { format: trace.format, code: trace.code, tests, ...(trace.warnings?.length ? { warnings: trace.warnings } : {}) };
}

/** Memoises runs by program and tests: every candidate fix is traced once. */
export function cachedRunner(inner: TraceRunner): TraceRunner {
  const cache = new Map<string, Promise<StructuredTrace>>();
  return {
    trace(code, tests) {
      const key = JSON.stringify([code, tests]);
      let hit = cache.get(key);
      if (!hit) {
        hit = inner.trace(code, tests).then(stableTrace);
        cache.set(key, hit);
      }
      return hit;
    },
    python: () => inner.python?.() ?? Promise.resolve('unknown'),
    dispose: () => inner.dispose?.() ?? Promise.resolve(),
  };
}
