import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../types';
import { buildLanes, segmentAt } from './lanes';
import { loopEvents, recursionEvents } from './fixtures.test-data';

describe('variable lanes', () => {
  it('turns assignments into value-change segments', () => {
    const lanes = buildLanes(loopEvents);
    expect(lanes.map((l) => l.label)).toEqual(['n', 's', 'i']);
    const i = lanes[2];
    expect(i.segments).toEqual([
      { start: 2, end: 4, value: '0' },
      { start: 4, end: 6, value: '1' },
      // The frame returns at step 9; the lane ends when the frame is gone (step 10).
      { start: 6, end: 10, value: '2' },
    ]);
    expect(segmentAt(i, 5)).toBe(1);
    expect(segmentAt(i, 1)).toBe(-1);
    expect(segmentAt(i, 10)).toBe(-1);
  });

  it("shows the recursive call's value while it runs, then the caller's again", () => {
    const [n] = buildLanes(recursionEvents);
    expect(n.segments).toEqual([
      { start: 0, end: 3, value: '2' },
      { start: 3, end: 6, value: '1' },
      { start: 6, end: 8, value: '2' },
    ]);
  });

  it('qualifies names that occur in several functions', () => {
    const events: TraceEvent[] = [
      { step: 0, line: 1, kind: 'call', func: 'g', changed: { x: '1' } },
      { step: 1, line: 5, kind: 'call', func: 'h', changed: { x: '2' } },
      { step: 2, line: 6, kind: 'return', func: 'h', changed: {} },
    ];
    expect(buildLanes(events).map((l) => l.label)).toEqual(['g.x', 'h.x']);
  });
});
