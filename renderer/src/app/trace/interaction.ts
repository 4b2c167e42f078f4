import {
  adjacentExecution,
  adjacentStep,
  lowerBound,
  nearestEventIndex,
  segmentAt,
  type VariableLane,
} from '../../../../shared/trace/cursor';
import type { TraceEvent } from '../../../../shared/trace/types';
import type { StepScale } from './StepScale';
import { rowAtY, type TimelineLayout } from './layout';
import type { TimelineModel } from './timelineModel';

export type Hit =
  | { kind: 'event'; event: TraceEvent }
  | { kind: 'lane'; lane: VariableLane; value: string; start: number; end: number };

const TOLERANCE_PX = 6;

/** The event (on the row under the pointer) or lane value under (x, y), if any. */
export function hitTest(
  model: TimelineModel,
  scale: StepScale,
  layout: TimelineLayout,
  lanes: readonly VariableLane[],
  x: number,
  y: number,
): Hit | null {
  const where = rowAtY(layout, y);
  if (!where) return null;
  const at = scale.toStep(x);
  if (where.kind === 'lane') {
    const lane = lanes[where.index];
    if (!lane) return null;
    const s = segmentAt(lane, Math.round(at));
    if (s < 0) return null;
    const seg = lane.segments[s];
    return { kind: 'lane', lane, value: seg.value, start: seg.start, end: seg.end };
  }
  const steps = model.lineIndex.get(where.index + 1);
  if (!steps || steps.length === 0) return null;
  const lo = lowerBound(steps, at);
  const candidates = [steps[lo - 1], steps[lo]].filter((s): s is number => s !== undefined);
  const best = candidates.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
  const tolerance = Math.max(TOLERANCE_PX, scale.pxPerStep / 2);
  if (Math.abs(scale.toPx(best) - x) > tolerance) return null;
  const i = nearestEventIndex(model.trace.events, best);
  return { kind: 'event', event: model.trace.events[i] };
}

/** The step a click at (x, y) jumps to: the event under the pointer, else the nearest event in time. */
export function stepForClick(
  model: TimelineModel,
  scale: StepScale,
  layout: TimelineLayout,
  lanes: readonly VariableLane[],
  x: number,
  y: number,
): number | null {
  const hit = hitTest(model, scale, layout, lanes, x, y);
  if (hit?.kind === 'event') return hit.event.step;
  const events = model.trace.events;
  const target = hit?.kind === 'lane' ? hit.start : scale.toStep(x);
  const i = nearestEventIndex(events, target);
  return i < 0 ? null : events[i].step;
}

/** How much one zoom key press or button magnifies (or, inverted, shrinks) the view. */
export const ZOOM_STEP = 1.6;

export type KeyAction =
  | { type: 'step'; step: number }
  | { type: 'zoom'; factor: number }
  /** Move the view by this fraction of its width (negative: earlier steps). */
  | { type: 'pan'; fraction: number }
  | { type: 'fit' };

/**
 * What a key does, debugger-style: ←/→ one step, Home/End, ↑/↓ same line
 * again, +/- zoom, 0 fit; and Perfetto's W/S zoom, A/D pan, plus PageUp/PageDown.
 */
export function keyAction(key: string, model: TimelineModel, step: number | null): KeyAction | null {
  const events = model.trace.events;
  if (events.length === 0) return null;
  const to = (s: number | null): KeyAction | null => (s === null || s === step ? null : { type: 'step', step: s });
  switch (key) {
    case 'ArrowRight':
      return to(adjacentStep(events, step, 1));
    case 'ArrowLeft':
      return to(adjacentStep(events, step, -1));
    case 'Home':
      return to(events[0].step);
    case 'End':
      return to(events[events.length - 1].step);
    case 'ArrowUp':
      return step === null ? to(events[0].step) : to(adjacentExecution(events, model.lineIndex, step, -1));
    case 'ArrowDown':
      return step === null ? to(events[0].step) : to(adjacentExecution(events, model.lineIndex, step, 1));
    case '+':
    case '=':
    case 'w':
    case 'W':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
    case 's':
    case 'S':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case 'a':
    case 'A':
      return { type: 'pan', fraction: -0.2 };
    case 'd':
    case 'D':
      return { type: 'pan', fraction: 0.2 };
    case 'PageUp':
      return { type: 'pan', fraction: -0.9 };
    case 'PageDown':
      return { type: 'pan', fraction: 0.9 };
    case '0':
      return { type: 'fit' };
    default:
      return null;
  }
}
