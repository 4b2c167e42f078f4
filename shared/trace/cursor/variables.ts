import type { TraceEvent } from '../types';
import { eventIndexAtOrBefore } from './eventLookup';
import { createFrameWalker, type WalkerSnapshot } from './frames';

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
 * Walker checkpoints every `every` events, so that the state at any step costs
 * at most `every` event applications instead of a walk from the start (a
 * 100,000-event trace stays instant while the user holds an arrow key).
 */
export interface StateIndex {
  events: readonly TraceEvent[];
  every: number;
  /** checkpoints[k]: state after applying events[0 .. k*every - 1]. */
  checkpoints: WalkerSnapshot[];
}

export function buildStateIndex(events: readonly TraceEvent[], every = 1024): StateIndex {
  const walker = createFrameWalker();
  const checkpoints: WalkerSnapshot[] = [walker.snapshot()];
  for (let i = 0; i < events.length; i++) {
    walker.apply(events[i]);
    if ((i + 1) % every === 0) checkpoints.push(walker.snapshot());
  }
  return { events, every, checkpoints };
}

/**
 * The program state after applying every event up to and including `step`:
 * the live frames and their variables, with the ones the step itself assigned
 * marked. Pass a `StateIndex` (built once per trace) for long traces.
 */
export function stateAtStep(events: readonly TraceEvent[], step: number | null, index?: StateIndex): StateAtStep {
  if (step === null) return { frames: [], event: undefined };
  const last = eventIndexAtOrBefore(events, step);
  if (last < 0) return { frames: [], event: undefined };
  const usable = index && index.events === events;
  const k = usable ? Math.min(Math.floor((last + 1) / index.every), index.checkpoints.length - 1) : 0;
  const walker = createFrameWalker(undefined, usable ? index.checkpoints[k] : undefined);
  for (let i = usable ? k * index.every : 0; i <= last; i++) walker.apply(events[i]);
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
