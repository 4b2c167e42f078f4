import { lowerBound, type VariableLane } from '../../../../shared/trace/cursor';
import type { StepScale } from './StepScale';
import type { TimelineLayout } from './layout';
import type { Painter } from './painter';
import type { TimelineColors } from './themeColors';
import type { TimelineModel } from './timelineModel';

export interface DrawInput {
  model: TimelineModel;
  scale: StepScale;
  layout: TimelineLayout;
  lanes: readonly VariableLane[];
  colors: TimelineColors;
  highlightedLine: number | null;
  ticks: readonly number[];
  /** Device pixel ratio the frame is for (the painter reads the live value; this makes a change redraw). */
  dpr?: number;
}

export interface DrawStats {
  /** Events in the visible window. */
  visible: number;
  /** Rectangles and markers actually issued (after per-pixel aggregation). */
  shapes: number;
  ms: number;
}

/**
 * Draws the event layer. Only events inside the visible window are visited,
 * and when several fall in one pixel column of a row they are merged into a
 * single run, so the work per frame is bounded by the width in pixels times
 * the rows, not by the trace length.
 */
export function drawTimeline(p: Painter, width: number, input: DrawInput): DrawStats {
  const t0 = performance.now();
  const { model, scale, layout, colors } = input;
  p.begin(width, layout.height);
  let shapes = 0;

  const rh = layout.rowHeight;
  for (let r = 0; r < layout.rowCount; r++) {
    const line = r + 1;
    if (line === input.highlightedLine) p.rect(0, r * rh, width, rh, colors.highlight);
    else if (r % 2 === 1) p.rect(0, r * rh, width, rh, colors.bgSubtle);
  }
  for (const t of input.ticks) p.rect(Math.round(scale.toPx(t)), 0, 1, layout.height, colors.border);

  const i0 = lowerBound(model.steps, scale.start - 1);
  const i1 = lowerBound(model.steps, scale.end + 1);
  const pps = scale.pxPerStep;
  // x = x0 + step * pps, hoisted out of the per-event loops (they run 100k times a frame).
  const x0 = scale.left - scale.start * pps;
  const { steps, rowOf, kinds } = model;

  if (pps >= 3) {
    // Sparse: one bar per event, as wide as a step allows.
    const w = Math.min(Math.max(1, pps - 2), 16);
    const bars: number[] = [];
    // Calls, returns and exceptions are drawn as their marker alone, so the shape reads.
    for (let i = i0; i < i1; i++) if (kinds[i] === 0) bars.push(x0 + steps[i] * pps - w / 2, rowOf[i] * rh + 3, w, rh - 6);
    p.rects(bars, colors.accent);
    shapes += i1 - i0;
  } else {
    // Dense: per row, merge events into runs of touched pixel columns.
    const runStart = new Int32Array(layout.rowCount).fill(-2);
    const runEnd = new Int32Array(layout.rowCount).fill(-2);
    const runs: number[] = [];
    const flush = (r: number) => {
      runs.push(runStart[r], r * rh + 3, runEnd[r] - runStart[r] + 1, rh - 6);
      shapes++;
    };
    for (let i = i0; i < i1; i++) {
      const r = rowOf[i];
      if (r < 0 || r >= layout.rowCount) continue;
      const col = Math.floor(x0 + steps[i] * pps);
      if (col <= runEnd[r]) continue;
      if (col === runEnd[r] + 1) runEnd[r] = col;
      else {
        if (runEnd[r] >= 0) flush(r);
        runStart[r] = col;
        runEnd[r] = col;
      }
    }
    for (let r = 0; r < layout.rowCount; r++) if (runEnd[r] >= 0) flush(r);
    p.rects(runs, colors.accent);
  }

  shapes += drawMarkers(p, input, i0, i1, steps, rowOf, kinds);
  shapes += drawLanes(p, width, input);
  return { visible: i1 - i0, shapes, ms: performance.now() - t0 };
}

function drawMarkers(
  p: Painter,
  input: DrawInput,
  i0: number,
  i1: number,
  steps: Float64Array,
  rowOf: Int32Array,
  kinds: Uint8Array,
): number {
  const { scale, layout, colors } = input;
  const rh = layout.rowHeight;
  const pps = scale.pxPerStep;
  const x0 = scale.left - scale.start * pps;
  const calls: number[] = [];
  const returns: number[] = [];
  const exceptions: number[] = [];
  // One marker per kind, row and 2-px column is all the eye can see; a path
  // with tens of thousands of overlapping shapes is what makes canvas slow.
  const lastCol = new Int32Array(layout.rowCount * 4).fill(-10);
  for (let i = i0; i < i1; i++) {
    const k = kinds[i];
    const r = rowOf[i];
    if (k === 0 || r < 0 || r >= layout.rowCount) continue;
    const x = x0 + steps[i] * pps;
    const col = Math.floor(x / 2);
    if (lastCol[r * 4 + k] === col) continue;
    lastCol[r * 4 + k] = col;
    const y = r * rh + rh / 2;
    (k === 1 ? calls : k === 2 ? returns : exceptions).push(x, y);
  }
  // Markers grow with the zoom up to the row height, and stay visible (8 px) when dense.
  const size = Math.max(6, Math.min(rh - 4, Math.max(8, scale.pxPerStep - 2)));
  p.markers('bar', calls, size, colors.fgMuted);
  p.markers('triangle', returns, size, colors.pass);
  p.markers('diamond', exceptions, size, colors.fail);
  return (calls.length + returns.length + exceptions.length) / 2;
}

function drawLanes(p: Painter, width: number, input: DrawInput): number {
  const { scale, layout, colors, lanes } = input;
  let shapes = 0;
  if (lanes.length > 0) p.rect(0, layout.laneTop - 3, width, 1, colors.border);
  const shadeA: number[] = [];
  const shadeB: number[] = [];
  const changes: number[] = [];
  const labels: { text: string; x: number; y: number; w: number }[] = [];
  for (let j = 0; j < lanes.length && j < layout.laneCount; j++) {
    const segs = lanes[j].segments;
    const y = layout.laneTop + j * layout.laneHeight + 1;
    const h = layout.laneHeight - 2;
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (segs[mid].end < scale.start) lo = mid + 1;
      else hi = mid;
    }
    let lastCol = -Infinity;
    for (let s = lo; s < segs.length && segs[s].start <= scale.end; s++) {
      const x0 = scale.toPx(segs[s].start - 0.5);
      const x1 = scale.toPx(segs[s].end - 0.5);
      if (x1 <= lastCol) continue; // several value changes inside one pixel: already drawn
      const left = Math.max(x0, lastCol, 0);
      const right = Math.min(x1, width);
      // Alternating shades tell neighbouring values apart.
      (s % 2 === 0 ? shadeA : shadeB).push(left, y, Math.max(1, right - left - 1), h);
      if (x0 >= 0) changes.push(Math.floor(x0), y, 1, h); // a tick where the value changes
      shapes++;
      if (right - left > 24) labels.push({ text: segs[s].value, x: left + 3, y: y + h / 2, w: right - left - 6 });
      lastCol = Math.max(lastCol, Math.ceil(x1));
    }
  }
  p.rects(shadeA, colors.accentSubtle);
  p.rects(shadeB, colors.bgSubtle);
  p.rects(changes, colors.accent);
  for (const l of labels) p.text(l.text, l.x, l.y, colors.fg, l.w);
  return shapes;
}
