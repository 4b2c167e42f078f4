import { describe, expect, it } from 'vitest';
import type { Sample } from '../dataset/types';
import { buildSampleModel, traceIndexFor } from './sampleModel';

const base: Sample = { problem_id: 'p1', split: 'train', iteration: 1, sample_index: 0 };
const inline = ['def f(n):  # (0) n=2', '    return n * 3  # (1) __return__=6', 'assert f(2) == 4  # (2) __exception__ = AssertionError()'].join('\n');

describe('buildSampleModel', () => {
  it('parses an inline trace, aligns the program with it and matches tests by source', () => {
    const m = buildSampleModel({
      ...base,
      trace: inline,
      rationale: 'It returns 6.',
      task: { buggy_code: 'def f(n):\n    return n * 3', tests: ['assert f(1) == 2', 'assert  f(2) == 4'] },
      test_results: [{ test: 'assert f(2) == 4', passed: true }],
      fixed_code: 'def f(n):\n    return n * 2',
    });
    expect(m.program).toBe('def f(n):\n    return n * 3');
    expect(m.inline).toBe(inline);
    expect(m.tests.map((t) => [t.source, t.traceIndex, t.fix?.passed ?? null])).toEqual([
      ['assert f(1) == 2', null, null],
      ['assert  f(2) == 4', 0, true],
    ]);
    expect(m.missing).toEqual([]);
    expect(traceIndexFor(m, 1)).toBe(0);
    expect(traceIndexFor(m, 0)).toBe(0);
  });

  it('shows the reference solution of a benchmark record without buggy code (MBPP)', () => {
    const m = buildSampleModel({ ...base, task: { reference_code: 'def f(n):\n    return n * 2', tests: ['assert f(2) == 4'] } });
    expect(m).toMatchObject({ program: 'def f(n):\n    return n * 2', programSource: 'reference' });
    expect(m.missing).toEqual(['trace', 'rationale', 'fix']);
  });

  it('lists what is missing instead of failing on an empty or odd record', () => {
    const m = buildSampleModel({ ...base, trace: 'not a trace at all', rationale: 42 as unknown as string, fixed_code: '  ' });
    expect(m.missing).toEqual(['program', 'trace', 'rationale', 'tests', 'fix']);
    expect(m.traceWarnings.length).toBeGreaterThan(0);
    expect(traceIndexFor(m, 0)).toBeNull();
    expect(buildSampleModel({ ...base, trace: { format: 'tracelens.trace/v1' } as never }).missing).toContain('trace');
  });

  it('keeps the well-formed part of a malformed structured trace and says what it dropped', () => {
    const m = buildSampleModel({
      ...base,
      trace: {
        format: 'tracelens.trace/v1',
        code: 'x = 1',
        tests: [null, { test: 't', events: [{ step: 1, line: 1, kind: 'line', changed: { x: 1 } }, { step: 'a' }, null] }, { test: 'u', events: 'nope' }],
      } as never,
    });
    expect(m.trace!.tests).toHaveLength(1);
    expect(m.trace!.tests[0]!.events).toEqual([{ step: 1, line: 1, kind: 'line', changed: { x: '1' } }]);
    expect(m.traceWarnings).toEqual(['test 1: no list of events; left out', 'test 2: 2 malformed events left out', 'test 3: no list of events; left out']);
  });
});
