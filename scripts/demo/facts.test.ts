import { describe, expect, it } from 'vitest';
import type { StructuredTrace } from '../../shared/trace/types';
import { callOf, expectedOf, extractFacts, lineEdits } from './facts';

const code = 'def f(xs):\n    t = 1\n    for x in xs:\n        t += x\n    return t\n';
const trace: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code,
  tests: [
    { test: 'assert f([]) == 1', outcome: 'ok', passed: true, truncated: false, stdout: '', events: [
      { step: 0, line: 1, kind: 'call', func: 'f', changed: { xs: '[]' } },
      { step: 1, line: 2, kind: 'line', func: 'f', changed: { t: '1' } },
      { step: 2, line: 5, kind: 'return', func: 'f', changed: {}, returnValue: '1' },
    ] },
    { test: 'assert f([2]) == 2', outcome: 'failed', passed: false, truncated: false, stdout: '', exception: { type: 'AssertionError', message: '' }, events: [
      { step: 0, line: 1, kind: 'call', func: 'f', changed: { xs: '[2]' } },
      { step: 1, line: 2, kind: 'line', func: 'f', changed: { t: '1' } },
      { step: 2, line: 3, kind: 'line', func: 'f', changed: { x: '2' } },
      { step: 3, line: 4, kind: 'line', func: 'f', changed: { t: '3' } },
      { step: 4, line: 5, kind: 'return', func: 'f', changed: {}, returnValue: '3' },
      { step: 5, line: 6, kind: 'exception', func: '<test>', changed: {}, exception: { type: 'AssertionError', message: '' } },
    ] },
  ],
};

describe('facts from a trace', () => {
  it('reads the expected value and the call from an assert', () => {
    expect(expectedOf("assert f('a == b') == [1, 2]")).toBe('[1, 2]');
    expect(expectedOf('assert g(3) is None')).toBe('None');
    expect(callOf('assert g(3) is None')).toBe('g(3)');
  });

  it('finds the first failing test with what it got and expected', () => {
    const facts = extractFacts(trace, 'f');
    expect(facts.failing).toMatchObject({ index: 1, outcome: 'failed', expected: '2', actual: '3', exception: null });
    expect(facts.variables.map((v) => `${v.step}:${v.name}=${v.value}`)).toEqual(['0:xs=[2]', '1:t=1', '2:x=2', '3:t=3']);
    expect(facts.otherReturns).toEqual(['1']);
    expect([...facts.taken.values.get('t')!]).toEqual(['1', '3']);
  });

  it('locates a fix as hunks of the old program', () => {
    const fixed = code.replace('t = 1', 't = 0');
    expect(lineEdits(code, fixed)).toEqual([{ line: 2, before: ['    t = 1'], after: ['    t = 0'] }]);
    const guarded = code.replace('    t = 1\n', '    if not xs:\n        return 0\n    t = 1\n');
    expect(lineEdits(code, guarded)).toEqual([{ line: 2, before: [], after: ['    if not xs:', '        return 0'] }]);
  });
});
