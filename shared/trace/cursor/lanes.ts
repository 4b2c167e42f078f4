import type { TraceEvent } from '../types';
import { createFrameWalker, type WalkFrame } from './frames';

/** A stretch of steps [start, end) during which a variable held one value. */
export interface LaneSegment {
  start: number;
  end: number;
  value: string;
}

/** One variable's value over time, as value-change segments. */
export interface VariableLane {
  /** `func:name`: unique per lane. */
  key: string;
  name: string;
  func: string;
  /** What to show: the bare name, or `func.name` when the name occurs in several functions. */
  label: string;
  segments: LaneSegment[];
}

/**
 * Builds one lane per (function, variable). A lane shows the value visible in
 * the innermost live frame of its function: a recursive call's assignments
 * replace the caller's value while it runs, and the caller's value resumes
 * when it returns. Outside any frame of its function the lane is empty.
 * Linear in the number of events plus assignments.
 */
export function buildLanes(events: readonly TraceEvent[]): VariableLane[] {
  const lanes = new Map<string, VariableLane>();
  const open = new Map<string, { start: number; value: string }>();

  const lane = (func: string, name: string): VariableLane => {
    const key = `${func}:${name}`;
    let l = lanes.get(key);
    if (!l) {
      l = { key, name, func, label: name, segments: [] };
      lanes.set(key, l);
    }
    return l;
  };
  const close = (l: VariableLane, end: number) => {
    const seg = open.get(l.key);
    if (seg && end > seg.start) l.segments.push({ start: seg.start, end, value: seg.value });
    open.delete(l.key);
  };

  const walker = createFrameWalker((frame: WalkFrame, beforeStep: number) => {
    const outer = [...walker.stack].reverse().find((f) => f.func === frame.func);
    for (const name of frame.vars.keys()) {
      const l = lane(frame.func, name);
      close(l, beforeStep);
      const resumed = outer?.vars.get(name);
      if (resumed) open.set(l.key, { start: beforeStep, value: resumed.value });
    }
  });

  for (const event of events) {
    const frame = walker.apply(event);
    for (const name in event.changed) {
      const l = lane(frame.func, name);
      close(l, event.step);
      open.set(l.key, { start: event.step, value: event.changed[name] });
    }
  }
  const end = events.length > 0 ? events[events.length - 1].step + 1 : 0;
  for (const l of lanes.values()) close(l, end);

  const all = [...lanes.values()];
  const funcsByName = new Map<string, Set<string>>();
  for (const l of all) funcsByName.set(l.name, (funcsByName.get(l.name) ?? new Set()).add(l.func));
  for (const l of all) if ((funcsByName.get(l.name)?.size ?? 0) > 1) l.label = `${l.func}.${l.name}`;
  // Lanes in order of first assignment, like reading the trace top to bottom.
  return all
    .filter((l) => l.segments.length > 0)
    .sort((a, b) => a.segments[0].start - b.segments[0].start);
}

/** Index of the segment covering `step`, or -1 (binary search on start). */
export function segmentAt(lane: VariableLane, step: number): number {
  const segs = lane.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segs[mid].start <= step) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && step < segs[i].end ? i : -1;
}
