import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../types';
import {
  adjacentExecution,
  adjacentStep,
  buildLineIndex,
  buildRows,
  buildStateIndex,
  changedAtStep,
  combineTests,
  eventAtStep,
  eventIndexAtOrBefore,
  executionCount,
  firstStepOfLine,
  nearestEventIndex,
  stateAtStep,
  testIndexAtStep,
  testStepRanges,
  eventsProblem,
  variablesAtStep,
} from './index';
import { loopEvents, recursionEvents, testTrace } from './fixtures.test-data';

// Steps with gaps, as a hand-edited NExT trace may have.
const gappy: TraceEvent[] = [
  { step: 0, line: 1, kind: 'line', changed: { a: '1' } },
  { step: 4, line: 2, kind: 'line', changed: { b: '2' } },
  { step: 9, line: 3, kind: 'line', changed: {} },
];

describe('step lookup', () => {
  it('finds events by step even when steps skip numbers', () => {
    expect(eventAtStep(gappy, 4)?.line).toBe(2);
    expect(eventAtStep(gappy, 5)).toBeUndefined();
    expect(eventIndexAtOrBefore(gappy, 5)).toBe(1);
    expect(eventIndexAtOrBefore(gappy, -1)).toBe(-1);
  });

  it('snaps to the nearest event', () => {
    expect(gappy[nearestEventIndex(gappy, 6)].step).toBe(4);
    expect(gappy[nearestEventIndex(gappy, 7)].step).toBe(9);
    expect(gappy[nearestEventIndex(gappy, 100)].step).toBe(9);
    expect(nearestEventIndex([], 3)).toBe(-1);
  });

  it('steps one event at a time and stops at the ends', () => {
    expect(adjacentStep(gappy, 0, 1)).toBe(4);
    expect(adjacentStep(gappy, 4, -1)).toBe(0);
    expect(adjacentStep(gappy, 9, 1)).toBe(9);
    expect(adjacentStep(gappy, 0, -1)).toBe(0);
    expect(adjacentStep(gappy, 6, 1)).toBe(9);
    expect(adjacentStep(gappy, 6, -1)).toBe(4);
    expect(adjacentStep(gappy, null, 1)).toBe(0);
    expect(adjacentStep([], 3, 1)).toBeNull();
  });
});

describe('line executions', () => {
  const index = buildLineIndex(loopEvents);

  it('knows the first step and count of each line', () => {
    expect(firstStepOfLine(index, 3)).toBe(2);
    expect(firstStepOfLine(index, 4)).toBe(3);
    expect(firstStepOfLine(index, 99)).toBeNull();
    expect(executionCount(index, 3)).toBe(4);
  });

  it('jumps to the previous and next execution of the current line', () => {
    expect(adjacentExecution(loopEvents, index, 4, 1)).toBe(6);
    expect(adjacentExecution(loopEvents, index, 4, -1)).toBe(2);
    expect(adjacentExecution(loopEvents, index, 2, -1)).toBeNull();
    expect(adjacentExecution(loopEvents, index, 8, 1)).toBeNull();
    expect(adjacentExecution(loopEvents, index, 5, 1)).toBe(7);
  });
});

describe('variables at a step', () => {
  it('applies every change up to and including the step', () => {
    expect(variablesAtStep(loopEvents, 4)).toEqual({ n: '3', s: '0', i: '1' });
    expect(variablesAtStep(loopEvents, 7)).toEqual({ n: '3', s: '3', i: '2' });
    expect(variablesAtStep(loopEvents, null)).toEqual({});
  });

  it('marks the names the step changed', () => {
    expect(changedAtStep(loopEvents, 5)).toEqual(['s']);
    expect(changedAtStep(loopEvents, 3)).toEqual([]);
    const state = stateAtStep(loopEvents, 5);
    const vars = state.frames[0].variables;
    expect(vars.find((v) => v.name === 's')).toMatchObject({ value: '1', changed: true, setAtStep: 5 });
    expect(vars.find((v) => v.name === 'i')).toMatchObject({ value: '1', changed: false, setAtStep: 4 });
  });

  it('keeps one frame per recursive call and drops it after it returns', () => {
    const inner = stateAtStep(recursionEvents, 4);
    expect(inner.frames.map((f) => f.variables[0].value)).toEqual(['2', '1']);
    // At the return step the returning frame is still shown…
    expect(stateAtStep(recursionEvents, 5).frames).toHaveLength(2);
    // …and after it the caller's n is back.
    const outer = stateAtStep(recursionEvents, 6);
    expect(outer.frames).toHaveLength(1);
    expect(variablesAtStep(recursionEvents, 6)).toEqual({ n: '2' });
  });

  it('moves to a new frame when the test line runs after the function returned', () => {
    const state = stateAtStep(loopEvents, 10);
    expect(state.frames.map((f) => f.func)).toEqual(['<test>']);
    expect(state.event?.line).toBe(6);
  });

  it('gives the same state from checkpoints as from a walk from the start', () => {
    // Recursion and returns across checkpoint boundaries (every 3 events).
    for (const events of [loopEvents, recursionEvents]) {
      const index = buildStateIndex(events, 3);
      for (const e of events) expect(stateAtStep(events, e.step, index)).toEqual(stateAtStep(events, e.step));
    }
  });

  it('flags values the tracer cut', () => {
    const events: TraceEvent[] = [{ step: 0, line: 1, kind: 'line', changed: { big: "'aaaa…" }, truncated: ['big'] }];
    expect(stateAtStep(events, 0).frames[0].variables[0].truncated).toBe(true);
  });
});

describe('rows and tests', () => {
  it('gives one row per source line, plus lines the trace adds', () => {
    const rows = buildRows(loopEvents, 5);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[2]).toEqual({ line: 3, count: 4, firstStep: 2 });
    expect(buildRows([], 3).every((r) => r.count === 0 && r.firstStep === null)).toBe(true);
    const broken = [{ ...loopEvents[0], line: 0 }, { ...loopEvents[1], line: Number.NaN }];
    expect(buildRows(broken, 2).map((r) => r.count)).toEqual([0, 0]);
  });

  it('combines tests on one timeline without overlapping steps', () => {
    const a = testTrace(loopEvents.slice(0, 3), true, 'assert a');
    const b = testTrace(loopEvents.slice(0, 2), false, 'assert b');
    const { trace, boundaries } = combineTests([a, b]);
    expect(trace.events.map((e) => e.step)).toEqual([0, 1, 2, 3, 4]);
    expect(boundaries).toEqual([
      { step: 0, label: 'assert a', passed: true, test: 0, offset: 0 },
      { step: 3, label: 'assert b', passed: false, test: 1, offset: 3 },
    ]);
    expect(trace.passed).toBe(false);
    expect(trace.outcome).toBe('failed');
    const ranges = testStepRanges([a, testTrace([], true), trace]);
    expect(ranges.map((r) => r.index)).toEqual([0, 2]);
    expect(testIndexAtStep(ranges, 4)).toBe(2);
    expect(testIndexAtStep(ranges, 40)).toBe(-1);
  });
});

describe('eventsProblem', () => {
  it('accepts ordered events and names the first out-of-order or broken one', () => {
    expect(eventsProblem(loopEvents)).toBeNull();
    expect(eventsProblem([])).toBeNull();
    const swapped = [loopEvents[0], loopEvents[2], loopEvents[1]];
    expect(eventsProblem(swapped)).toBe('event 2 has step 1 after step 2: events must be in step order');
    const broken = [{ ...loopEvents[0], step: Number.NaN }];
    expect(eventsProblem(broken)).toBe('event 0 has no numeric step (null)');
    const noLine = [{ ...loopEvents[0], line: undefined as unknown as number }];
    expect(eventsProblem(noLine)).toContain('has no numeric line');
  });
});
