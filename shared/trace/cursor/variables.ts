import type { TraceEvent } from '../types';
import { eventIndexAtOrBefore } from './eventLookup';
import { createFrameWalker } from './frames';

export interface VariableState {
  name: string;
  /** The repr as recorded (may be cut by the tracer, see `truncated`). */
  value: string;
  /** The step that last assigned it. */
  setAtStep: number;
  /** Assigned by the event at the current step. */
  changed: boolean;
  /** The tracer cut this repr. */
  truncated: boolean;
}

export interface FrameState {
  func: string;
  /** 0 for the outermost frame. */
  depth: number;
  variables: VariableState[];
}

export interface StateAtStep {
  /** Outermost first; the last one is the frame executing at the step. */
  frames: FrameState[];
  /** The event at (or just before) the step. */
  event: TraceEvent | undefined;
}

/**
 * The program state after applying every event up to and including `step`:
 * the live frames and their variables, with the ones the step itself assigned
 * marked. Linear in the number of events before `step`.
 */
export function stateAtStep(events: readonly TraceEvent[], step: number | null): StateAtStep {
  if (step === null) return { frames: [], event: undefined };
  const last = eventIndexAtOrBefore(events, step);
  if (last < 0) return { frames: [], event: undefined };
  const walker = createFrameWalker();
  for (let i = 0; i <= last; i++) walker.apply(events[i]);
  const event = events[last];
  const changedNow = event.step === step ? event.changed : {};
  const frames = walker.stack.map((frame, depth, all) => ({
    func: frame.func,
    depth,
    variables: [...frame.vars].map(([name, v]) => ({
      name,
      value: v.value,
      setAtStep: v.step,
      changed: depth === all.length - 1 && name in changedNow,
      truncated: v.truncated,
    })),
  }));
  return { frames, event };
}

/** Variables of the executing frame at `step` as name → repr. */
export function variablesAtStep(events: readonly TraceEvent[], step: number | null): Record<string, string> {
  const { frames } = stateAtStep(events, step);
  const top = frames[frames.length - 1];
  const out: Record<string, string> = {};
  for (const v of top?.variables ?? []) out[v.name] = v.value;
  return out;
}

/** Names the event at exactly `step` assigned (empty between events). */
export function changedAtStep(events: readonly TraceEvent[], step: number | null): string[] {
  if (step === null) return [];
  const i = eventIndexAtOrBefore(events, step);
  if (i < 0 || events[i].step !== step) return [];
  return Object.keys(events[i].changed);
}
