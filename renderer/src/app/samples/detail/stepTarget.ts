import { stepOnTimeline, type TestBoundary, type TestStep } from '../../../../../shared/trace/cursor';

/** What the timeline shows: every test on one timeline, or one test alone. */
export interface ShownTimeline {
  /** Where each test begins when every test shares the timeline ("All traced tests"), else null. */
  boundaries: readonly TestBoundary[] | null;
  /** The trace test shown alone (index into the trace's tests), or null. */
  traceIndex: number | null;
  /** The tests pane's rows: which trace test each one shows. */
  rows: readonly { traceIndex: number | null }[];
}

/** Where the cursor goes: a step on the timeline, after switching to another test's row when `testIndex` is set. */
export interface CursorTarget {
  testIndex?: number;
  step: number;
}

/**
 * Where a claim's or mention's step (counted within its own test) puts the
 * cursor. On the combined timeline it is shifted past the earlier tests, so
 * the user stays in the view they chose. With one test shown, a step of
 * another test switches to that test's own timeline: its step on the shown
 * test would be somewhere else entirely.
 */
export function cursorFor(at: TestStep, shown: ShownTimeline): CursorTarget | null {
  const step = stepOnTimeline(at, shown.boundaries, shown.traceIndex);
  if (step !== null) return { step };
  if (shown.boundaries) return null;
  const row = shown.rows.findIndex((r) => r.traceIndex === at.test);
  return row >= 0 ? { testIndex: row, step: at.step } : null;
}
