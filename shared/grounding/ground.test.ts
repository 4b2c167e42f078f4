import { describe, expect, it } from 'vitest';
import type { StructuredTrace } from '../trace/types';
import { groundRationale, groundSample, groundingSentence } from './ground';
import { parseNextInline } from '../trace/next';
import { sumInline, sumTrace } from './fixtures.test-data';

const verdicts = (text: string, trace: StructuredTrace | null = sumTrace, inline?: string) =>
  groundRationale(text, trace, inline ? { inline, taskTests: ['assert sum_to(4) == 10', 'assert sum_to(1) == 1'] } : { taskTests: ['assert sum_to(4) == 10', 'assert sum_to(1) == 1'] }).claims.map(
    (c) => [c.text, c.verdict] as const,
  );

describe('groundRationale on realistic rationales', () => {
  it('marks values the trace shows as consistent and others as contradicted, with the traced values', () => {
    const s = groundRationale('The loop starts with `total` at 0. After the second iteration total is 1, then total becomes 4.', sumTrace);
    const values = s.claims.filter((c) => c.kind === 'value');
    expect(values.map((c) => [c.variable, c.verdict])).toEqual([
      ['total', 'consistent'],
      ['total', 'contradicted'],
    ]);
    expect(values[1]!.traced).toEqual(['0', '1', '3', '6']);
    expect(values[1]!.reason).toContain('0, 1, 3, 6');
    // "After the second iteration" says the loop made at least two passes: it made four.
    expect(s.claims.find((c) => c.kind === 'iterations')).toMatchObject({ text: 'After the second iteration', verdict: 'consistent' });
  });

  it('reads backticked assignments and list literals', () => {
    const trace: StructuredTrace = {
      ...sumTrace,
      tests: [{ ...sumTrace.tests[0]!, events: [{ step: 0, line: 2, kind: 'line', changed: { acc: "['a', 'b']", d: "{'x': 1, 'y': 2}" } }] }],
    };
    expect(verdicts('At step 0 we have `acc = ["a", "b"]` and `d` is `{"y": 2, "x": 1}`; later `acc = [1, 2]`.', trace)).toEqual([
      ['acc = ["a", "b"]', 'consistent'],
      ['`d` is `{"y": 2, "x": 1}`', 'consistent'],
      ['acc = [1, 2]', 'contradicted'],
    ]);
  });

  it('checks return claims against traced return values', () => {
    expect(verdicts('So the function returns 6.')).toEqual([['returns 6', 'consistent']]);
    expect(verdicts('Therefore sum_to(4) returns 10.')).toEqual([['returns 10', 'contradicted']]);
  });

  it('checks "the first assertion gets 7 but expects 6" against the test and its traced return', () => {
    expect(verdicts('The first assertion gets 6 but expects 10, so it fails.')).toEqual([['The first assertion gets 6 but expects 10', 'consistent']]);
    const wrong = groundRationale('The first assertion gets 7 but expects 10.', sumTrace).claims[0]!;
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.reason).toContain('returns 6');
    expect(verdicts('The test expects 11, but the call gets 6.')[0]![1]).toBe('contradicted');
  });

  it('reads the factual half of "should return 10, but it returns 6"', () => {
    expect(verdicts('It should return 10, but it returns 6 because i starts at 0.')).toEqual([
      ['returns 6', 'consistent'],
      ['i starts at 0', 'consistent'],
    ]);
  });

  it('grounds a full NExT-style rationale', () => {
    const rationale = [
      'The function is called with `n = 4`. On line 2, `total` is initialised to 0.',
      'In the first iteration `i` is 0, so total remains 0; then i becomes 1 and total becomes 1.',
      'After the loop, total is 6 and the function returns 6, but the test expects 10.',
      'The bug: `range(n)` starts at 0 and stops before n, so 4 is never added.',
    ].join(' ');
    const s = groundRationale(rationale, sumTrace);
    expect(s.contradicted).toBe(0);
    expect(s.consistent).toBeGreaterThanOrEqual(8);
    expect(s.claims.find((c) => c.variable === 'n')!.verdict).toBe('consistent');
  });

  it('reads "returns X instead of Y" as an assertion claim', () => {
    expect(verdicts('The function returns 6 instead of 10.')).toEqual([['returns 6 instead of 10', 'consistent']]);
  });

  it('checks transitions: "total goes from 0 to 6"', () => {
    expect(verdicts('In the loop, total goes from 0 to 6.')).toEqual([['total goes from 0 to 6', 'consistent']]);
    expect(verdicts('`i` increases from 1 to 3.')).toEqual([['`i` increases from 1 to 3', 'consistent']]);
    expect(verdicts('`i` increases from 5 to 3.')).toEqual([['`i` increases from 5 to 3', 'contradicted']]);
    // "to 4" may be range(4)'s exclusive bound.
    expect(verdicts('`i` goes from 0 to 4.')[0]![1]).toBe('unverifiable');
    expect(verdicts('total goes from 6 to 0.')[0]![1]).toBe('unverifiable');
    expect(verdicts('The loop runs i from 0 to 3.')).toEqual([]);
  });

  it('uses the last value for "after the loop" claims', () => {
    expect(verdicts('After the loop, total is 6.')[0]![1]).toBe('consistent');
    // total is 3 at some point, but not after the loop: that is not a contradiction the checker can be sure of.
    expect(verdicts('After the loop, total is 3.')[0]![1]).toBe('unverifiable');
    expect(verdicts('After the loop, total is 10.')[0]![1]).toBe('contradicted');
  });

  it('checks line mentions against executed lines', () => {
    const s = groundRationale('On line 4 the loop adds i to total, and on line 9 nothing happens.', sumTrace);
    expect(s.claims.map((c) => [c.line, c.verdict])).toEqual([
      [4, 'consistent'],
      [9, 'unverifiable'],
    ]);
    expect(s.claims[0]!.steps).toEqual([3, 5, 7, 9].map((step) => ({ test: 0, step })));
  });

  it('confirms exceptions the trace raises, on the line it names', () => {
    expect(verdicts('The assert raises an AssertionError.')).toEqual([['raises an AssertionError', 'consistent']]);
    expect(verdicts('The call stops with `AssertionError: ` on line 6.')).toEqual([['stops with `AssertionError: ` on line 6', 'consistent']]);
    expect(verdicts('The call stops with `AssertionError` on line 2.')[0]![1]).toBe('contradicted');
    expect(verdicts('It raises a KeyError on line 2.')[0]![1]).toBe('unverifiable');
  });

  it('checks value claims at the step they name', () => {
    expect(verdicts('At step (7) `total` is 3.')).toEqual([['`total` is 3', 'consistent']]);
    // total is 1 at step 5, not 3: a definite contradiction even though total is 3 later.
    expect(verdicts('`total` is 3 at step (5).')).toEqual([['`total` is 3 at step (5)', 'contradicted']]);
    // No entry at step 8: the latest earlier value (3, step 7) holds.
    expect(verdicts('After line 3 runs at step (8), `total` is 3.')[1]).toEqual(['`total` is 3', 'consistent']);
    expect(verdicts('At step (8) `total` is 6.')[0]![1]).toBe('unverifiable');
  });

  it('leaves claims about where the bug is unverifiable, and does not read quoted code as values', () => {
    const s = groundRationale('The faulty statement is `total = 0` on line 2. Line 4 (`total += i`) runs four times.', sumTrace);
    // The second sentence counts the runs of line 4: once per pass of the `for i in range(n)` loop.
    expect(s.claims.map((c) => [c.kind, c.verdict])).toEqual([
      ['line', 'unverifiable'],
      ['executions', 'consistent'],
    ]);
    expect(s.claims[0]!.reason).toBe('where the bug is cannot be read from the trace');
  });
});

describe('precision: what must stay unverifiable (or not be a claim at all)', () => {
  it('does not contradict hypothetical or intended-behaviour sentences', () => {
    const s = groundRationale('If n were 5, total would be 10. The loop should start at 1, so that total is 10. In the fixed version, total ends up as 10.', sumTrace);
    expect(s.contradicted).toBe(0);
    expect(s.claims.every((c) => c.verdict === 'unverifiable')).toBe(true);
  });

  it('does not contradict claims about another test than the traced one, or about the fixed program', () => {
    // The trace covers one of the two task tests.
    expect(verdicts('For the second test, total is 1 and the function returns 6.').map((v) => v[1])).toEqual(['consistent', 'consistent']);
    expect(verdicts('For the second test, total is 5 and the function returns 5.').map((v) => v[1])).toEqual(['unverifiable', 'unverifiable']);
    const fixed = groundRationale('The fixed version starts the range at 1.\nWith range(1, n + 1), i is 4 in the last iteration and total is 10.', sumTrace);
    expect(fixed.claims.map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable']);
    // A new paragraph is about the traced program again.
    expect(groundRationale('The fixed version is below.\n\nIn the trace, total is 10.', sumTrace).claims[0]!.verdict).toBe('contradicted');
  });

  it('does not contradict values of variables the trace elides', () => {
    // total=3 is shown, but the inline string elides some loop entries: 4 cannot be ruled out.
    const s = groundRationale('Then total is 4.', sumTrace, { inline: sumInline });
    expect(s.claims[0]!.verdict).toBe('unverifiable');
    expect(s.claims[0]!.reason).toContain('elided');
  });

  it('leaves untraced variables and expressions unverifiable', () => {
    expect(verdicts('Here `count` is 2 and `nums[i]` is 3.')).toEqual([
      ['`count` is 2', 'unverifiable'],
      ['`nums[i]` is 3', 'unverifiable'],
    ]);
  });

  it('ignores English words, counts, ranges and code blocks', () => {
    const text = [
      'This is 3 times slower. The answer is 42. The length of total is 3. The loop runs i from 0 to 3.',
      'The result is 1,000 off. It is 2 or 3.',
      '```python',
      'total = 99',
      '```',
    ].join('\n');
    expect(groundRationale(text, sumTrace).claims).toEqual([]);
  });

  it('does not read Python conditions in code spans as claims', () => {
    expect(verdicts('The check `if total is None` never fires, and `total == 5` is False.')).toEqual([]);
  });

  it('marks everything unverifiable when the sample has no trace', () => {
    const s = groundRationale('`total` is 6 and the function returns 6.', null);
    expect(s).toMatchObject({ consistent: 0, contradicted: 0, unverifiable: 2 });
    expect(s.claims[0]!.reason).toBe('the sample has no trace');
  });

  it('does not blame the outer call for an inner recursive return', () => {
    const trace: StructuredTrace = {
      format: 'tracelens.trace/v1',
      code: 'def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)',
      tests: [
        {
          test: 'assert fact(3) == 6',
          outcome: 'ok',
          passed: true,
          truncated: false,
          stdout: '',
          events: [
            { step: 0, line: 1, kind: 'call', func: 'fact', changed: { n: '3' } },
            { step: 5, line: 3, kind: 'return', func: 'fact', changed: {}, returnValue: '1' },
            { step: 6, line: 4, kind: 'return', func: 'fact', changed: {}, returnValue: '2' },
            { step: 7, line: 4, kind: 'return', func: 'fact', changed: {}, returnValue: '6' },
          ],
        },
      ],
    };
    const [claim] = groundRationale('The test gets 2 because fact(2) is evaluated first.', trace).claims;
    expect(claim!.verdict).toBe('unverifiable');
  });
});

describe('summary', () => {
  it('says how many claims of each kind', () => {
    expect(groundingSentence({ consistent: 5, contradicted: 1, unverifiable: 1 })).toBe('7 claims: 5 consistent, 1 contradicted, 1 unverifiable');
    expect(groundingSentence({ consistent: 1, contradicted: 0, unverifiable: 0 })).toBe('1 claim: 1 consistent, 0 contradicted, 0 unverifiable');
    expect(groundingSentence({ consistent: 0, contradicted: 0, unverifiable: 0 })).toBe('No claims about the execution found');
  });

  it('grounds a sample whose trace is an inline string, and survives a parser that throws', () => {
    const sample = { rationale: '`total` is 6 and the function returns 6.', trace: sumInline };
    expect(groundSample(sample, parseNextInline)).toMatchObject({ consistent: 2, contradicted: 0 });
    const elided = groundSample({ rationale: 'total is 4, then the function returns 7.', trace: sumInline }, parseNextInline);
    expect(elided.claims.map((c) => c.verdict)).toEqual(['unverifiable', 'contradicted']);
    expect(groundSample(sample, () => {
      throw new Error('bad');
    })).toMatchObject({ consistent: 0, unverifiable: 2 });
  });
});
