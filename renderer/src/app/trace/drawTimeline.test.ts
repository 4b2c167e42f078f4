import { describe, expect, it } from 'vitest';
import { testTrace } from '../../../../shared/trace/cursor/fixtures.test-data';
import type { TraceEvent } from '../../../../shared/trace/types';
import { drawTimeline, type DrawInput } from './drawTimeline';
import { timelineLayout } from './layout';
import type { MarkerShape, Painter } from './painter';
import { StepScale } from './StepScale';
import { readThemeColors } from './themeColors';
import { buildTimelineModel } from './timelineModel';

function recorder() {
  const rects: { x: number; y: number; w: number; h: number; color: string }[] = [];
  const markers: { shape: MarkerShape; n: number }[] = [];
  const p: Painter = {
    begin: () => {},
    rect: (x, y, w, h, color) => rects.push({ x, y, w, h, color }),
    rects: (xywh, color) => {
      for (let i = 0; i < xywh.length; i += 4) rects.push({ x: xywh[i], y: xywh[i + 1], w: xywh[i + 2], h: xywh[i + 3], color });
    },
    text: () => {},
    markers: (shape, points) => markers.push({ shape, n: points.length / 2 }),
  };
  return { p, rects, markers };
}

const colors = { ...readThemeColors(null), accent: 'EVENT' };

function input(events: TraceEvent[], scale: StepScale): DrawInput {
  const model = buildTimelineModel(testTrace(events), 3);
  return { model, scale, layout: timelineLayout(3, 0, 18), lanes: [], colors, highlightedLine: null, ticks: [] };
}

const many = (n: number): TraceEvent[] =>
  Array.from({ length: n }, (_, i) => ({ step: i, line: 1 + (i % 3), kind: i % 100 === 99 ? 'return' : 'line', changed: {} }));

describe('drawTimeline', () => {
  it('draws one bar per event, centred on its step, when zoomed in', () => {
    const events = many(10);
    const scale = StepScale.forSteps(0, 9, [0, 1000]);
    const { p, rects } = recorder();
    const stats = drawTimeline(p, 1000, input(events, scale));
    const bars = rects.filter((r) => r.color === 'EVENT');
    expect(bars).toHaveLength(10);
    expect(bars[4].x + bars[4].w / 2).toBeCloseTo(scale.toPx(4));
    expect(bars[4].y).toBe(1 * 18 + 3); // step 4 runs line 2
    expect(stats.visible).toBe(10);
  });

  it('only visits the events in view', () => {
    const scale = StepScale.forSteps(0, 9999, [0, 1000]).withDomain(5000, 5100);
    const { p } = recorder();
    const stats = drawTimeline(p, 1000, input(many(10_000), scale));
    expect(stats.visible).toBeLessThan(110);
    expect(stats.visible).toBeGreaterThanOrEqual(100);
  });

  it('merges dense events into runs per row, bounded by the pixel width', () => {
    const { p, rects, markers } = recorder();
    const stats = drawTimeline(p, 500, input(many(100_000), StepScale.forSteps(0, 99_999, [0, 500])));
    const bars = rects.filter((r) => r.color === 'EVENT');
    // Every row has events in every column: one run per row.
    expect(bars).toHaveLength(3);
    expect(bars.every((b) => b.w >= 499)).toBe(true);
    // 1,000 returns, at most one marker per row and 2-px column.
    const returns = markers.find((m) => m.shape === 'triangle')!;
    expect(returns.n).toBeLessThanOrEqual(3 * 250);
    expect(stats.shapes).toBeLessThan(1000);
  });
});
