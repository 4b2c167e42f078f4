import type { TraceEvent } from '../types';

/** One timeline row: a source line and how often it ran. */
export interface TimelineRow {
  /** 1-based source line. */
  line: number;
  /** Number of events on this line. */
  count: number;
  /** First step at which it ran, or null. */
  firstStep: number | null;
}

/**
 * One row per source line (1..lineCount), so rows line up with the code view;
 * lines beyond `lineCount` that the trace mentions (the test line appended
 * after the function in NExT) get rows too rather than being dropped.
 */
export function buildRows(events: readonly TraceEvent[], lineCount: number): TimelineRow[] {
  let maxLine = Math.max(0, Math.floor(lineCount));
  for (const e of events) if (e.line > maxLine) maxLine = e.line;
  const rows: TimelineRow[] = [];
  for (let line = 1; line <= maxLine; line++) rows.push({ line, count: 0, firstStep: null });
  for (const e of events) {
    // A broken record (no line, line 0) must not take the view down with it.
    const row = Number.isInteger(e.line) && e.line >= 1 ? rows[e.line - 1] : undefined;
    if (!row) continue;
    row.count++;
    if (row.firstStep === null) row.firstStep = e.step;
  }
  return rows;
}
