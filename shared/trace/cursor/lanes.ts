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
  // Lanes by function then name (no string keys built per assignment), each
  // with its open segment kept beside it: this runs on 100k-event traces.
  const byFunc = new Map<string, Map<string, OpenLane>>();
  const all: OpenLane[] = [];

  const lane = (func: string, name: string): OpenLane => {
    let names = byFunc.get(func);
    if (!names) byFunc.set(func, (names = new Map()));
    let l = names.get(name);
    if (!l) {
      l = { lane: { key: `${func}:${name}`, name, func, label: name, segments: [] }, start: 0, value: null };
      names.set(name, l);
      all.push(l);
    }
    return l;
  };
  const close = (l: OpenLane, end: number) => {
    if (l.value !== null && end > l.start) l.lane.segments.push({ start: l.start, end, value: l.value });
    l.value = null;
  };

  const walker = createFrameWalker((frame: WalkFrame, beforeStep: number) => {
    let outer: WalkFrame | undefined;
    for (let i = walker.stack.length - 1; i >= 0 && !outer; i--) if (walker.stack[i].func === frame.func) outer = walker.stack[i];
    for (const name of frame.vars.keys()) {
      const l = lane(frame.func, name);
      close(l, beforeStep);
      const resumed = outer?.vars.get(name);
      if (resumed) {
        l.start = beforeStep;
        l.value = resumed.value;
      }
    }
  });

  for (const event of events) {
    const frame = walker.apply(event);
    for (const name in event.changed) {
      const l = lane(frame.func, name);
      close(l, event.step);
      l.start = event.step;
      l.value = event.changed[name];
    }
  }
  const end = events.length > 0 ? events[events.length - 1].step + 1 : 0;
  for (const l of all) close(l, end);

  const lanes = all.map((l) => l.lane);
  const funcsByName = new Map<string, Set<string>>();
  for (const l of lanes) funcsByName.set(l.name, (funcsByName.get(l.name) ?? new Set()).add(l.func));
  for (const l of lanes) if ((funcsByName.get(l.name)?.size ?? 0) > 1) l.label = `${l.func}.${l.name}`;
  // Lanes in order of first assignment, like reading the trace top to bottom.
  return lanes.filter((l) => l.segments.length > 0).sort((a, b) => a.segments[0].start - b.segments[0].start);
}

interface OpenLane {
  lane: VariableLane;
  /** The open segment: its start and value (null when none is open). */
  start: number;
  value: string | null;
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
