import type { TestTrace, TraceOutcome } from '../types';

/** Steps covered by one test's trace. */
export interface TestStepRange {
  index: number;
  start: number;
  end: number;
}

/** Where a test starts on a combined timeline. */
export interface TestBoundary {
  step: number;
  label: string;
  passed: boolean;
}

/** First/last step per test; tests without events are left out. */
export function testStepRanges(tests: readonly TestTrace[]): TestStepRange[] {
  const out: TestStepRange[] = [];
  tests.forEach((t, index) => {
    if (t.events.length > 0) out.push({ index, start: t.events[0].step, end: t.events[t.events.length - 1].step });
  });
  return out;
}

/** The test whose range contains `step`, or -1. */
export function testIndexAtStep(ranges: readonly TestStepRange[], step: number): number {
  for (const r of ranges) if (step >= r.start && step <= r.end) return r.index;
  return -1;
}

/**
 * All tests on one timeline, for an "all tests" view. Each test's steps are
 * shifted to start after the previous test's last step when they would
 * overlap (the tracer numbers each test from 0), and a boundary marks where
 * each test begins.
 */
export function combineTests(tests: readonly TestTrace[]): { trace: TestTrace; boundaries: TestBoundary[] } {
  const events: TestTrace['events'] = [];
  const boundaries: TestBoundary[] = [];
  let next = 0;
  for (const t of tests) {
    if (t.events.length === 0) continue;
    const offset = t.events[0].step < next ? next - t.events[0].step : 0;
    boundaries.push({ step: t.events[0].step + offset, label: t.test, passed: t.passed });
    for (const e of t.events) events.push(offset === 0 ? e : { ...e, step: e.step + offset });
    next = events[events.length - 1].step + 1;
  }
  const failing = tests.find((t) => !t.passed);
  const outcome: TraceOutcome = failing ? failing.outcome : 'ok';
  return {
    trace: {
      test: tests.map((t) => t.test).join('\n'),
      outcome,
      passed: !failing,
      events,
      truncated: tests.some((t) => t.truncated),
      stdout: tests.map((t) => t.stdout).filter(Boolean).join(''),
    },
    boundaries,
  };
}
