import { describe, expect, it } from 'vitest';
import { combineTests } from '../../../../../shared/trace/cursor';
import type { TestTrace } from '../../../../../shared/trace/types';
import { cursorFor } from './stepTarget';

const trace = (test: string, n: number): TestTrace => ({
  test,
  outcome: 'ok',
  passed: true,
  truncated: false,
  stdout: '',
  events: Array.from({ length: n }, (_, step) => ({ step, line: 1 + (step % 3), kind: 'line' as const, changed: {} })),
});
// Three task tests; the first has no trace, the other two are trace tests 0 and 1 (5 and 4 steps).
const tests = [trace('assert f(1) == 1', 5), trace('assert f(2) == 2', 4)];
const rows = [{ traceIndex: null }, { traceIndex: 0 }, { traceIndex: 1 }];

describe('cursorFor', () => {
  it('on the combined timeline, puts a step of the second test after the first test', () => {
    const { boundaries } = combineTests(tests);
    const shown = { boundaries, traceIndex: null, rows };
    expect(cursorFor({ test: 1, step: 2 }, shown)).toEqual({ step: 7 });
    expect(cursorFor({ test: 0, step: 2 }, shown)).toEqual({ step: 2 });
    expect(cursorFor({ test: 5, step: 2 }, shown)).toBeNull();
  });

  it('with one test shown, keeps its steps and switches to the row of another test', () => {
    const shown = { boundaries: null, traceIndex: 0, rows };
    expect(cursorFor({ test: 0, step: 3 }, shown)).toEqual({ step: 3 });
    expect(cursorFor({ test: 1, step: 3 }, shown)).toEqual({ testIndex: 2, step: 3 });
    expect(cursorFor({ test: 4, step: 3 }, shown)).toBeNull();
  });

  it('prefers, among the tests where a claim holds, the one on the timeline shown', () => {
    // "count is 1 at step 4" can be true in both tests: the user's chosen test wins, then the first.
    const both = [{ test: 0, step: 4 }, { test: 1, step: 3 }];
    expect(cursorFor(both, { boundaries: null, traceIndex: 1, rows })).toEqual({ step: 3 });
    expect(cursorFor(both, { boundaries: null, traceIndex: 0, rows })).toEqual({ step: 4 });
    expect(cursorFor([{ test: 1, step: 3 }], { boundaries: null, traceIndex: 0, rows })).toEqual({ testIndex: 2, step: 3 });
  });
});
