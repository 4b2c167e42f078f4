import type { TraceEvent } from '../types';

/**
 * Step lookups over a test's events. Events are in step order, but steps need
 * not be contiguous (a parsed NExT trace may skip numbers, combined tests are
 * offset), so every lookup is a binary search on `step`, never `events[step]`.
 */

/** Index of the first value >= `value` in an ascending array (its length if none). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first event whose step is >= `step` (events.length if none). */
export function lowerBoundStep(events: readonly TraceEvent[], step: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid].step < step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the event at exactly `step`, or -1. */
export function eventIndexAtStep(events: readonly TraceEvent[], step: number): number {
  const i = lowerBoundStep(events, step);
  return i < events.length && events[i].step === step ? i : -1;
}

/** The event at exactly `step`, if any. */
export function eventAtStep(events: readonly TraceEvent[], step: number): TraceEvent | undefined {
  const i = eventIndexAtStep(events, step);
  return i < 0 ? undefined : events[i];
}

/** Index of the last event whose step is <= `step` (-1 when `step` is before the trace). */
export function eventIndexAtOrBefore(events: readonly TraceEvent[], step: number): number {
  const i = lowerBoundStep(events, step);
  if (i < events.length && events[i].step === step) return i;
  return i - 1;
}

/** Index of the event whose step is closest to `step` (ties go to the earlier one); -1 for no events. */
export function nearestEventIndex(events: readonly TraceEvent[], step: number): number {
  if (events.length === 0) return -1;
  const i = lowerBoundStep(events, step);
  if (i >= events.length) return events.length - 1;
  if (i === 0) return 0;
  return step - events[i - 1].step <= events[i].step - step ? i - 1 : i;
}

/** The step one event before/after `step` (clamped to the trace), or the first step when `step` is null. */
export function adjacentStep(events: readonly TraceEvent[], step: number | null, delta: -1 | 1): number | null {
  if (events.length === 0) return null;
  if (step === null) return delta > 0 ? events[0].step : events[events.length - 1].step;
  const at = eventIndexAtOrBefore(events, step);
  // Between two events, "next" is the later one and "previous" the earlier one.
  const exact = at >= 0 && events[at].step === step;
  const target = delta > 0 ? at + 1 : exact ? at - 1 : at;
  const clamped = Math.max(0, Math.min(events.length - 1, target));
  return events[clamped].step;
}
