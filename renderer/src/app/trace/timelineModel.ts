import type { TestTrace, TraceEventKind } from '../../../../shared/trace/types';
import { buildLineIndex, buildRows, type LineIndex, type TimelineRow } from '../../../../shared/trace/cursor';

export const KIND_CODE: Record<TraceEventKind, number> = { line: 0, call: 1, return: 2, exception: 3 };

/**
 * The trace flattened into typed arrays once per trace, so that drawing
 * 100,000 events per frame walks plain numbers instead of objects.
 */
export interface TimelineModel {
  trace: TestTrace;
  steps: Float64Array;
  /** Row index (line - 1) per event. */
  rowOf: Int32Array;
  kinds: Uint8Array;
  rows: TimelineRow[];
  lineIndex: LineIndex;
  first: number;
  last: number;
}

export function buildTimelineModel(trace: TestTrace, lineCount: number): TimelineModel {
  const n = trace.events.length;
  const steps = new Float64Array(n);
  const rowOf = new Int32Array(n);
  const kinds = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const e = trace.events[i];
    steps[i] = e.step;
    rowOf[i] = e.line - 1;
    kinds[i] = KIND_CODE[e.kind] ?? 0;
  }
  return {
    trace,
    steps,
    rowOf,
    kinds,
    rows: buildRows(trace.events, lineCount),
    lineIndex: buildLineIndex(trace.events),
    first: n > 0 ? steps[0] : 0,
    last: n > 0 ? steps[n - 1] : 0,
  };
}
