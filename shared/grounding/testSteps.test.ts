import { describe, expect, it } from 'vitest';
import type { StructuredTrace, TestTrace } from '../trace/types';
import { groundRationale } from './ground';
import { findMentions } from './mentions';
import { sumTrace } from './fixtures.test-data';
import { buildTraceFacts } from './traceFacts';

/**
 * The same program on two tests; the tracer numbers each test's steps from 0,
 * so "step 3" exists in both and only its test tells them apart.
 */
const first = sumTrace.tests[0]!;
const second: TestTrace = {
  ...first,
  test: 'assert sum_to(2) == 3',
  events: [
    { step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '2' } },
    { step: 1, line: 2, kind: 'line', func: 'sum_to', changed: { total: '0' } },
    { step: 2, line: 3, kind: 'line', func: 'sum_to', changed: { i: '0' } },
    { step: 3, line: 4, kind: 'line', func: 'sum_to', changed: {} },
    { step: 4, line: 3, kind: 'line', func: 'sum_to', changed: { i: '1' } },
    { step: 5, line: 4, kind: 'line', func: 'sum_to', changed: { total: '1' } },
    { step: 6, line: 5, kind: 'return', func: 'sum_to', changed: { __return__: '1' }, returnValue: '1' },
  ],
};
const twoTests: StructuredTrace = { ...sumTrace, tests: [first, second] };

describe('claims and mentions keep the test of their steps', () => {
  it('a value seen only in the second test points at that test’s step', () => {
    const [claim] = groundRationale('In the second call, `n` is 2.', twoTests).claims;
    expect(claim!.verdict).toBe('consistent');
    expect(claim!.steps).toEqual([{ test: 1, step: 0 }]);
  });

  it('an "at step (k)" claim carries the test whose step k bears it out', () => {
    // total is 6 at step 9 of the first test only; n is 2 at step 0 of the second only.
    expect(groundRationale('At step (9) `total` is 6.', twoTests).claims[0]!.steps).toEqual([{ test: 0, step: 9 }]);
    expect(groundRationale('At step (0) `n` is 2.', twoTests).claims[0]!.steps).toEqual([{ test: 1, step: 0 }]);
  });

  it('a line claim lists the runs of both tests, each with its test', () => {
    const [claim] = groundRationale('Line 5 returns the total.', twoTests).claims;
    expect(claim!.steps).toEqual([
      { test: 0, step: 10 },
      { test: 1, step: 6 },
    ]);
  });

  it('mentions carry the test of the step they link to', () => {
    const facts = buildTraceFacts(twoTests);
    const text = 'The return on line 5 gives `1`.';
    const found = findMentions(text, facts).map((m) => [text.slice(m.start, m.end), m.step]);
    expect(found).toEqual([
      ['line 5', { test: 0, step: 10 }],
      ['`1`', { test: 0, step: 5 }],
    ]);
    // `n` changes first in the first test; a value only the second test has links there.
    expect(findMentions('n becomes `2`', facts).map((m) => m.step)).toEqual([
      { test: 0, step: 0 },
      { test: 1, step: 0 },
    ]);
  });
});
