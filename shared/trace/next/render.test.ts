import { describe, expect, it } from 'vitest';
import type { StructuredTrace } from '../types';
import { evenSumTrace } from './fixtures';
import { renderNextInline } from './render';

describe('renderNextInline', () => {
  it('writes the NExT comments: arguments on the def line, elided loop, return and failed assertion', () => {
    expect(renderNextInline(evenSumTrace, 0)).toBe(
      [
        'def f(n):  # (0) n=5',
        '    s = 0  # (1) s=0',
        "    for i in range(n):  # (2) i=0; (3) i=1; ...; (7) i=4",
        '        if i % 2 == 0:',
        '            s += i  # (5) s=2; (8) s=6',
        '    return s  # (9) __return__=6',
        'assert f(5) == 7  # (10) __exception__ = AssertionError()',
      ].join('\n'),
    );
  });

  it('keeps as many leading and trailing entries as asked', () => {
    const loopLine = (opts: { keepFirst?: number; keepLast?: number }) => renderNextInline(evenSumTrace, 0, opts).split('\n')[2];
    expect(loopLine({ keepFirst: 1, keepLast: 2 })).toBe('    for i in range(n):  # (2) i=0; ...; (6) i=3; (7) i=4');
    expect(loopLine({ keepFirst: 10 })).toBe('    for i in range(n):  # (2) i=0; (3) i=1; (4) i=2; (6) i=3; (7) i=4');
    expect(loopLine({ keepFirst: 0, keepLast: 0 })).toBe('    for i in range(n):  # ...');
  });

  it('shows an exception message as Python would, and several variables of one step together', () => {
    const trace: StructuredTrace = {
      format: 'tracelens.trace/v1',
      code: 'def g(a, b):\n    return a / b',
      tests: [
        {
          test: 'g(1, 0)',
          outcome: 'exception',
          passed: false,
          truncated: false,
          stdout: '',
          events: [
            { step: 0, line: 1, kind: 'call', changed: { a: '1', b: '0' } },
            { step: 1, line: 2, kind: 'exception', changed: {}, exception: { type: 'ZeroDivisionError', message: "can't divide" } },
            { step: 2, line: 3, kind: 'exception', changed: {}, exception: { type: 'ZeroDivisionError', message: "can't divide" } },
          ],
        },
      ],
    };
    expect(renderNextInline(trace, 0)).toBe(
      [
        'def g(a, b):  # (0) a=1, b=0',
        `    return a / b  # (1) __exception__ = ZeroDivisionError("can't divide")`,
        `g(1, 0)  # (2) __exception__ = ZeroDivisionError("can't divide")`,
      ].join('\n'),
    );
  });

  it('never puts a comment inside a triple-quoted string or after a line continuation', () => {
    const trace: StructuredTrace = {
      format: 'tracelens.trace/v1',
      code: 'def f(a):\n    s = """x\n    y"""\n    t = a + \\\n        1\n    return t',
      tests: [
        {
          test: 'f(1)',
          outcome: 'ok',
          passed: true,
          truncated: false,
          stdout: '',
          events: [
            { step: 0, line: 1, kind: 'call', changed: { a: '1' } },
            { step: 1, line: 2, kind: 'line', changed: { s: "'x\\n    y'" } },
            { step: 2, line: 4, kind: 'line', changed: { t: '2' } },
            { step: 3, line: 6, kind: 'return', changed: {}, returnValue: '2' },
          ],
        },
      ],
    };
    expect(renderNextInline(trace, 0).split('\n')).toEqual([
      'def f(a):  # (0) a=1',
      '    s = """x',
      `    y"""  # (1) s='x\\n    y'`,
      '    t = a + \\',
      '        1  # (2) t=2',
      '    return t  # (3) __return__=2',
      'f(1)',
    ]);
  });

  it('ignores events on lines the program does not have, and an unknown test index', () => {
    const trace = structuredClone(evenSumTrace);
    trace.tests[0].events.push({ step: 11, line: 40, kind: 'line', changed: { z: '1' } });
    expect(renderNextInline(trace, 0)).not.toContain('z=1');
    expect(renderNextInline(trace, 3)).toBe(evenSumTrace.code.trimEnd());
  });
});
