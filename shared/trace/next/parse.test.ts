import { describe, expect, it } from 'vitest';
import { essentials, evenSumTrace } from './fixtures';
import { parseNextInline } from './parse';
import { renderNextInline } from './render';

describe('parseNextInline', () => {
  it('round-trips every event when nothing is elided', () => {
    const text = renderNextInline(evenSumTrace, 0, { keepFirst: 1000 });
    const parsed = parseNextInline(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.code).toBe(evenSumTrace.code.trimEnd());
    expect(parsed.tests[0]).toMatchObject({ test: 'assert f(5) == 7', testLine: 7, outcome: 'failed', passed: false });
    expect(essentials(parsed.tests[0].events)).toEqual(essentials(evenSumTrace.tests[0].events));
    expect(parsed.tests[0].events[0].func).toBe('f');
  });

  it('keeps the shown loop entries and re-renders the same text when entries are elided', () => {
    const text = renderNextInline(evenSumTrace, 0);
    const parsed = parseNextInline(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.tests[0].events.map((e) => e.step)).toEqual([0, 1, 2, 3, 5, 7, 8, 9, 10]);
    expect(renderNextInline(parsed, 0)).toBe(text);
  });

  it('does not split values at separators inside strings or brackets', () => {
    const text = [
      "def f(s):  # (0) s='a; b, c=1'",
      "    p = Point(x=1, y=2)  # (1) p=Point(x=1, y=2), q={'k': [1, 2]}",
      '    return s  # (2) __return__="it\'s; here"',
      "f('a; b, c=1')",
    ].join('\n');
    const parsed = parseNextInline(text);
    expect(parsed.warnings).toEqual([]);
    const [call, line, ret] = parsed.tests[0].events;
    expect(call.changed).toEqual({ s: "'a; b, c=1'" });
    expect(line.changed).toEqual({ p: 'Point(x=1, y=2)', q: "{'k': [1, 2]}" });
    expect(ret).toMatchObject({ kind: 'return', returnValue: '"it\'s; here"' });
    expect(parsed.tests[0]).toMatchObject({ test: "f('a; b, c=1')", outcome: 'ok' });
  });

  it('reads values the tracer cut short (ending in ...) without warnings', () => {
    const parsed = parseNextInline("def f(s):  # (0) s='aaaa..., n=[1, 2, ...; (4) s='b'\nf('x')");
    expect(parsed.warnings).toEqual([]);
    expect(parsed.tests[0].events.map((e) => e.changed)).toEqual([{ s: "'aaaa...", n: '[1, 2, ...' }, { s: "'b'" }]);
  });

  it('reads exception messages back from their Python literal', () => {
    const parsed = parseNextInline("def f():  # (0) x=1\n    raise ValueError('bad\\nthing')  # (1) __exception__ = ValueError('bad\\nthing')\nf()  # (2) __exception__ = ValueError('bad\\nthing')");
    expect(parsed.tests[0].exception).toEqual({ type: 'ValueError', message: 'bad\nthing' });
    expect(parsed.tests[0].outcome).toBe('exception');
  });

  it('keeps the code’s own comments and ignores # inside strings', () => {
    const parsed = parseNextInline("def f(n):  # (0) n=1\n    s = '# (9) fake'  # keep me  # (1) s='# (9) fake'\n    return s  # (2) __return__='# (9) fake'\nf(1)");
    expect(parsed.code.split('\n')[1]).toBe("    s = '# (9) fake'  # keep me");
    expect(parsed.tests[0].events.map((e) => e.step)).toEqual([0, 1, 2]);
  });

  it('tolerates hand-edited, malformed and truncated comments with warnings', () => {
    const text = [
      'def f(n):  # (0) n=5; (1) n=6; garbage here',
      '    s = 0  # (1) s=0; 3) s=1; (2) = ',
      "    t = 'x'  # (4) t='unterminated, u=2",
      '    return s  # (5)',
      'f(5)',
    ].join('\n');
    const parsed = parseNextInline(text);
    expect(parsed.tests[0].events.map((e) => e.step)).toEqual([0, 1, 4]);
    expect(parsed.tests[0].events[2].changed).toEqual({ t: "'unterminated", u: '2' });
    const joined = parsed.warnings.join('\n');
    expect(joined).toMatch(/line 1: ignored text .*garbage here/);
    expect(joined).toMatch(/line 2: step \(1\) appears more than once/);
    expect(joined).toMatch(/line 2: ignored text .*3\) s=1/);
    expect(joined).toMatch(/line 3: unbalanced quotes/);
    expect(joined).toMatch(/line 4: step \(5\) is empty/);
  });

  it('accepts hand-written shorthand: variables split by ";" and an unnumbered exception', () => {
    const parsed = parseNextInline('def f(a, b):  # (0) a=1; b=2;\n    return a - b  # (1) __return__=-1\nassert f(1, 2) == 1  # __exception__ = AssertionError()');
    const events = parsed.tests[0].events;
    expect(events.map((e) => [e.step, e.kind, e.changed])).toEqual([
      [0, 'call', { a: '1', b: '2' }],
      [1, 'return', {}],
      [2, 'exception', {}],
    ]);
    expect(parsed.tests[0].outcome).toBe('failed');
    expect(parsed.warnings).toEqual(['line 3: an entry without a step number was numbered (2)']);
  });

  it('never throws on empty or non-text input', () => {
    expect(parseNextInline('').warnings[0]).toMatch(/no trace comments/);
    expect(parseNextInline(undefined as unknown as string).tests[0].events).toEqual([]);
    expect(parseNextInline('def f(:\n  # (x) ;;; ((( \n').warnings.length).toBeGreaterThan(0);
  });
});
