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
 * cursor. A claim may hold in several tests ("count is 1 at step 4" can be
 * true of each): a candidate on the timeline shown wins, so the user stays in
 * the view they chose — on the combined timeline it is shifted past the
 * earlier tests. Otherwise the first candidate's own test is switched to: its
 * step on the shown test would be somewhere else entirely.
 */
export function cursorFor(at: TestStep | readonly TestStep[], shown: ShownTimeline): CursorTarget | null {
  const candidates: readonly TestStep[] = Array.isArray(at) ? at : [at as TestStep];
  for (const c of candidates) {
    const step = stepOnTimeline(c, shown.boundaries, shown.traceIndex);
    if (step !== null) return { step };
  }
  if (shown.boundaries) return null;
  for (const c of candidates) {
    const row = shown.rows.findIndex((r) => r.traceIndex === c.test);
    if (row >= 0) return { testIndex: row, step: c.step };
  }
  return null;
}
