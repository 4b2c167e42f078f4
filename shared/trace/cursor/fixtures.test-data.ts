import type { TraceEvent, TestTrace } from '../types';

/**
 * def f(n):            # 1
 *     s = 0            # 2
 *     for i in range(n):  # 3
 *         s += i       # 4
 *     return s         # 5
 * assert f(3) == 3     # 6
 */
export const loopEvents: TraceEvent[] = [
  { step: 0, line: 1, kind: 'call', func: 'f', changed: { n: '3' } },
  { step: 1, line: 2, kind: 'line', func: 'f', changed: { s: '0' } },
  { step: 2, line: 3, kind: 'line', func: 'f', changed: { i: '0' } },
  { step: 3, line: 4, kind: 'line', func: 'f', changed: {} },
  { step: 4, line: 3, kind: 'line', func: 'f', changed: { i: '1' } },
  { step: 5, line: 4, kind: 'line', func: 'f', changed: { s: '1' } },
  { step: 6, line: 3, kind: 'line', func: 'f', changed: { i: '2' } },
  { step: 7, line: 4, kind: 'line', func: 'f', changed: { s: '3' } },
  { step: 8, line: 3, kind: 'line', func: 'f', changed: {} },
  { step: 9, line: 5, kind: 'return', func: 'f', changed: {}, returnValue: '3' },
  { step: 10, line: 6, kind: 'line', func: '<test>', changed: {} },
];

/**
 * def fact(n):           # 1
 *     if n <= 1:         # 2
 *         return 1       # 3
 *     return n * fact(n - 1)  # 4
 */
export const recursionEvents: TraceEvent[] = [
  { step: 0, line: 1, kind: 'call', func: 'fact', changed: { n: '2' } },
  { step: 1, line: 2, kind: 'line', func: 'fact', changed: {} },
  { step: 2, line: 4, kind: 'line', func: 'fact', changed: {} },
  { step: 3, line: 1, kind: 'call', func: 'fact', changed: { n: '1' } },
  { step: 4, line: 2, kind: 'line', func: 'fact', changed: {} },
  { step: 5, line: 3, kind: 'return', func: 'fact', changed: {}, returnValue: '1' },
  { step: 6, line: 4, kind: 'line', func: 'fact', changed: {} },
  { step: 7, line: 4, kind: 'return', func: 'fact', changed: {}, returnValue: '2' },
];

export function testTrace(events: TraceEvent[], passed = true, test = 'assert f(3) == 3'): TestTrace {
  return { test, outcome: passed ? 'ok' : 'failed', passed, events, truncated: false, stdout: '' };
}
