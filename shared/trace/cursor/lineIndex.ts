import type { TraceEvent } from '../types';
import { eventIndexAtOrBefore, lowerBound } from './eventLookup';

/** For each source line, the steps at which it executed, in order. */
export type LineIndex = ReadonlyMap<number, readonly number[]>;

export function buildLineIndex(events: readonly TraceEvent[]): LineIndex {
  const map = new Map<number, number[]>();
  for (const e of events) {
    const steps = map.get(e.line);
    if (steps) steps.push(e.step);
    else map.set(e.line, [e.step]);
  }
  return map;
}

/** The first step at which `line` executed, or null if it never did. */
export function firstStepOfLine(index: LineIndex, line: number): number | null {
  const steps = index.get(line);
  return steps && steps.length > 0 ? steps[0] : null;
}

/** Number of times `line` executed. */
export function executionCount(index: LineIndex, line: number): number {
  return index.get(line)?.length ?? 0;
}

/**
 * The previous (-1) or next (+1) execution of the line that is executing at
 * `step`, as a debugger's "run to this line again". Null when there is none.
 */
export function adjacentExecution(
  events: readonly TraceEvent[],
  index: LineIndex,
  step: number,
  direction: -1 | 1,
): number | null {
  const at = eventIndexAtOrBefore(events, step);
  if (at < 0) return null;
  const steps = index.get(events[at].line);
  if (!steps) return null;
  const current = events[at].step;
  const lo = lowerBound(steps, current);
  // steps[lo] === current (the line's own execution at this step).
  const target = direction > 0 ? lo + 1 : lo - 1;
  return target >= 0 && target < steps.length ? steps[target] : null;
}
