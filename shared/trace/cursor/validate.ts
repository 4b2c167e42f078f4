import type { TraceEvent } from '../types';

/**
 * Why these events cannot be shown on a timeline, or null when they can.
 * Every cursor helper binary-searches on `step`, so a record from a dataset
 * whose events are out of order (or carry non-numeric steps) gets a precise
 * message instead of a silently wrong view.
 */
export function eventsProblem(events: readonly TraceEvent[]): string | null {
  let previous = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const { step, line } = events[i];
    if (typeof step !== 'number' || !Number.isFinite(step)) return `event ${i} has no numeric step (${JSON.stringify(step)})`;
    if (typeof line !== 'number' || !Number.isFinite(line)) return `event ${i} (step ${step}) has no numeric line (${JSON.stringify(line)})`;
    if (step < previous) return `event ${i} has step ${step} after step ${previous}: events must be in step order`;
    previous = step;
  }
  return null;
}
