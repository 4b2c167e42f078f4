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
  /** Index of the test in the trace's `tests`. */
  test: number;
  /** Added to the test's own step numbers to place them on the combined timeline. */
  offset: number;
}

/**
 * A step of one test's trace. The tracer numbers each test's steps from its
 * own start, so in a trace with several tests a step number alone does not
 * say where it is: it needs its test.
 */
export interface TestStep {
  /** Index of the test in the trace's `tests`. */
  test: number;
  step: number;
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
  tests.forEach((t, test) => {
    if (t.events.length === 0) return;
    const offset = t.events[0].step < next ? next - t.events[0].step : 0;
    boundaries.push({ step: t.events[0].step + offset, label: t.test, passed: t.passed, test, offset });
    for (const e of t.events) events.push(offset === 0 ? e : { ...e, step: e.step + offset });
    next = events[events.length - 1].step + 1;
  });
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

/**
 * Where a test's step lies on the timeline shown: shifted by its test's
 * offset when every test shares one timeline (`boundaries` from
 * `combineTests`), unchanged when the timeline shows that very test
 * (`shownTest`), and null when its test is not on the timeline at all.
 */
export function stepOnTimeline(at: TestStep, boundaries: readonly TestBoundary[] | null | undefined, shownTest: number | null): number | null {
  if (boundaries) {
    const b = boundaries.find((x) => x.test === at.test);
    return b ? at.step + b.offset : null;
  }
  return at.test === shownTest ? at.step : null;
}
