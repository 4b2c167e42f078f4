import type { StructuredTrace, TraceEvent } from '../types';

const ev = (step: number, line: number, kind: TraceEvent['kind'], changed: Record<string, string>, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  step,
  line,
  kind,
  func: line === 7 ? '<test>' : 'f',
  changed,
  ...extra,
});

/** What the real tracer records for this program and a failing test (checked against tracer.py). */
export const evenSumTrace: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: 'def f(n):\n    s = 0\n    for i in range(n):\n        if i % 2 == 0:\n            s += i\n    return s\n',
  tests: [
    {
      test: 'assert f(5) == 7',
      testLine: 7,
      outcome: 'failed',
      passed: false,
      truncated: false,
      stdout: '',
      exception: { type: 'AssertionError', message: '' },
      events: [
        ev(0, 1, 'call', { n: '5' }),
        ev(1, 2, 'line', { s: '0' }),
        ev(2, 3, 'line', { i: '0' }),
        ev(3, 3, 'line', { i: '1' }),
        ev(4, 3, 'line', { i: '2' }),
        ev(5, 5, 'line', { s: '2' }),
        ev(6, 3, 'line', { i: '3' }),
        ev(7, 3, 'line', { i: '4' }),
        ev(8, 5, 'line', { s: '6' }),
        ev(9, 6, 'return', {}, { returnValue: '6' }),
        ev(10, 7, 'exception', {}, { exception: { type: 'AssertionError', message: '' } }),
      ],
    },
  ],
};

/** Comparable view of events: what the NExT text can carry. */
export function essentials(events: TraceEvent[]) {
  return events.map(({ step, line, kind, changed, returnValue, exception }) => ({ step, line, kind, changed, returnValue, exception }));
}
