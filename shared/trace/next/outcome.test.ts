import { describe, expect, it } from 'vitest';
import type { StructuredTrace, TestTrace, TraceEvent } from '../types';
import { essentials, evenSumTrace } from './fixtures';
import { parseNextInline } from './parse';
import { renderNextInline } from './render';

const COUNT = 'def count_digits(n):\n    count = 1\n    while n >= 10:\n        n // 10\n        count += 1\n    return count\n';

/** The demo's count_digits bug: `n // 10` never changes n, so only the step cap stops the loop. */
function cutAtStepCap(cap: number): StructuredTrace {
  const events: TraceEvent[] = [{ step: 0, line: 1, kind: 'call', changed: { n: '1234' } }, { step: 1, line: 2, kind: 'line', changed: { count: '1' } }];
  for (let step = 2; step < cap; step++) events.push({ step, line: 5, kind: 'line', changed: { count: String(step) } });
  const test: TestTrace = { test: 'assert count_digits(1234) == 4', testLine: 7, outcome: 'step-limit', passed: false, truncated: true, stdout: '', events, message: `Stopped after ${cap} steps: the trace is truncated` };
  return { format: 'tracelens.trace/v1', code: COUNT, tests: [test] };
}

function single(test: Partial<TestTrace> & Pick<TestTrace, 'outcome' | 'events'>, code = 'def f(n):\n    return n\n'): StructuredTrace {
  return { format: 'tracelens.trace/v1', code, tests: [{ test: 'assert f(1) == 1', testLine: 3, passed: false, truncated: false, stdout: '', ...test }] };
}

describe('the outcome marker in NExT inline traces', () => {
  it('marks a trace cut at the step cap, which reads back as truncated rather than passing', () => {
    const text = renderNextInline(cutAtStepCap(10_000), 0);
    expect(text.split('\n')).toEqual([
      'def count_digits(n):  # (0) n=1234',
      '    count = 1  # (1) count=1',
      '    while n >= 10:',
      '        n // 10',
      '        count += 1  # (2) count=2; (3) count=3; ...; (9999) count=9999',
      '    return count',
      "assert count_digits(1234) == 4  # __outcome__ = 'step-limit'",
    ]);
    const parsed = parseNextInline(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.tests[0]).toMatchObject({ outcome: 'step-limit', passed: false, truncated: true, message: expect.stringMatching(/truncated/) });
    expect(renderNextInline(parsed, 0)).toBe(text);
  });

  it('round-trips every event of a truncated trace when nothing is elided', () => {
    const trace = cutAtStepCap(8);
    const parsed = parseNextInline(renderNextInline(trace, 0, { keepFirst: 1000 }));
    expect(essentials(parsed.tests[0].events)).toEqual(essentials(trace.tests[0].events));
    expect(parsed.tests[0].truncated).toBe(true);
  });

  it('marks a timeout that recorded nothing, and reads it back without a "no trace comments" warning', () => {
    const text = renderNextInline(single({ outcome: 'timeout', events: [] }), 0);
    expect(text).toBe("def f(n):\n    return n\nassert f(1) == 1  # __outcome__ = 'timeout'");
    const parsed = parseNextInline(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.tests[0]).toMatchObject({ outcome: 'timeout', passed: false, truncated: false, events: [] });
  });

  it('keeps the exception of a memory error beside the marker, after the test line’s own entries', () => {
    const memory = { type: 'MemoryError', message: '' };
    const trace = single({
      outcome: 'memory',
      exception: memory,
      events: [
        { step: 0, line: 1, kind: 'call', changed: { n: '1' } },
        { step: 1, line: 2, kind: 'exception', changed: {}, exception: memory },
        { step: 2, line: 3, kind: 'exception', changed: {}, exception: memory },
      ],
    });
    const text = renderNextInline(trace, 0);
    expect(text.split('\n')[2]).toBe("assert f(1) == 1  # (2) __exception__ = MemoryError(); __outcome__ = 'memory'");
    const parsed = parseNextInline(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.tests[0]).toMatchObject({ outcome: 'memory', passed: false, exception: memory });
    expect(essentials(parsed.tests[0].events)).toEqual(essentials(trace.tests[0].events));
    expect(renderNextInline(parsed, 0)).toBe(text);
  });

  it('writes no marker when the entries already tell the outcome (pass, failed assertion, exception)', () => {
    expect(renderNextInline(evenSumTrace, 0)).not.toContain('__outcome__');
    const ok = single({ outcome: 'ok', passed: true, events: [{ step: 0, line: 1, kind: 'call', changed: { n: '1' } }] });
    expect(renderNextInline(ok, 0)).toBe('def f(n):  # (0) n=1\n    return n\nassert f(1) == 1');
    const error = { type: 'ValueError', message: 'x' };
    const raised = single({ outcome: 'exception', events: [{ step: 0, line: 2, kind: 'exception', changed: {}, exception: error }] });
    expect(renderNextInline(raised, 0)).not.toContain('__outcome__');
  });

  it('judges by the entries left after elision: an assertion elided away is said by the marker', () => {
    const text = renderNextInline(evenSumTrace, 0, { keepFirst: 0, keepLast: 0 });
    expect(text.split('\n').at(-1)).toBe("assert f(5) == 7  # ...; __outcome__ = 'failed'");
    expect(parseNextInline(text).tests[0]).toMatchObject({ outcome: 'failed', passed: false });
  });

  it('reads an exception the code caught, with steps after it, as no failure: no marker for a passing test', () => {
    const error = { type: 'KeyError', message: "'a'" };
    const caught = single({
      outcome: 'ok',
      passed: true,
      events: [
        { step: 0, line: 1, kind: 'exception', changed: {}, exception: error },
        { step: 1, line: 2, kind: 'return', changed: {}, returnValue: '1' },
      ],
    });
    const text = renderNextInline(caught, 0);
    expect(text).not.toContain('__outcome__');
    expect(parseNextInline(text).tests[0]).toMatchObject({ outcome: 'ok', passed: true });
  });

  it('puts the marker on the last line of a multi-line test (MBPP set-up code before the assert)', () => {
    const trace = single({ outcome: 'step-limit', truncated: true, test: 'x = 1\nassert f(x) == 1', events: [] });
    expect(renderNextInline(trace, 0).split('\n').slice(2)).toEqual(['x = 1', "assert f(x) == 1  # __outcome__ = 'step-limit'"]);
  });

  it('reads hand-written markers without quotes and warns about unknown outcomes', () => {
    expect(parseNextInline('def f(n):  # (0) n=1\n    return n\nf(1)  # __outcome__ = timeout').tests[0].outcome).toBe('timeout');
    const odd = parseNextInline("def f(n):  # (0) n=1\n    return n\nf(1)  # __outcome__ = 'crashed'");
    expect(odd.tests[0].outcome).toBe('ok');
    expect(odd.warnings).toEqual([expect.stringMatching(/^line 3: unknown outcome "'crashed'"/)]);
  });
});
