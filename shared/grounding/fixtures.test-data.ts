import type { StructuredTrace, TraceEvent } from '../trace/types';

/** A hand-built trace of a buggy `sum_to(n)` (sums 0..n-1 instead of 1..n) on `assert sum_to(4) == 10`. */
export const sumCode = ['def sum_to(n):', '    total = 0', '    for i in range(n):', '        total += i', '    return total'].join('\n');

function ev(step: number, line: number, changed: Record<string, string>, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { step, line, kind: 'line', func: 'sum_to', changed, ...extra };
}

export const sumTrace: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: sumCode,
  tests: [
    {
      test: 'assert sum_to(4) == 10',
      outcome: 'failed',
      passed: false,
      truncated: false,
      stdout: '',
      exception: { type: 'AssertionError', message: '' },
      events: [
        ev(0, 1, { n: '4' }, { kind: 'call' }),
        ev(1, 2, { total: '0' }),
        ev(2, 3, { i: '0' }),
        ev(3, 4, {}),
        ev(4, 3, { i: '1' }),
        ev(5, 4, { total: '1' }),
        ev(6, 3, { i: '2' }),
        ev(7, 4, { total: '3' }),
        ev(8, 3, { i: '3' }),
        ev(9, 4, { total: '6' }),
        ev(10, 5, { __return__: '6' }, { kind: 'return', returnValue: '6' }),
        { step: 11, line: 6, kind: 'exception', func: '<test>', changed: {}, exception: { type: 'AssertionError', message: '' } },
      ],
    },
  ],
};

/** The same run as a NExT inline string with the loop lines elided. */
export const sumInline = [
  'def sum_to(n):  # (0) n=4',
  '    total = 0  # (1) total=0',
  '    for i in range(n):  # (2) i=0; (4) i=1; ...; (8) i=3',
  '        total += i  # (5) total=1; (7) total=3; ...; (9) total=6',
  '    return total  # (10) __return__=6',
  'assert sum_to(4) == 10  # (11) __exception__ = AssertionError()',
].join('\n');
