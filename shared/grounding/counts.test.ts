import { describe, expect, it } from 'vitest';
import type { StructuredTrace } from '../trace/types';
import { parseNextInline, renderNextInline } from '../trace/next';
import { best, countDigits, fact, findFirst, firstBig, helper, outer, smallest, spin, sumTo, twoLoops } from './countFixtures.test-data';
import { sumInline } from './fixtures.test-data';
import { groundRationale, groundSample } from './ground';
import type { CheckedClaim } from './types';

const COUNT_KINDS = new Set(['iterations', 'executions', 'calls']);
const counts = (text: string, trace: StructuredTrace, taskTests?: string[]): CheckedClaim[] =>
  groundRationale(text, trace, taskTests ? { taskTests } : {}).claims.filter((c) => COUNT_KINDS.has(c.kind));
const verdicts = (text: string, trace: StructuredTrace, taskTests?: string[]) => counts(text, trace, taskTests).map((c) => [c.text, c.verdict] as const);
const only = (trace: StructuredTrace, ti: number): StructuredTrace => ({ ...trace, tests: [trace.tests[ti]!] });

describe('loop iteration claims (traces from the real tracer)', () => {
  it('counts the passes of a `for` over range() in the test the sentence names', () => {
    const [claim] = counts('In the first test, the loop runs 4 times, so `total` ends up as 6.', sumTo);
    expect(claim).toMatchObject({ kind: 'iterations', count: 4, verdict: 'consistent', lines: [3], steps: [{ test: 0, step: 7 }] });
    expect(claim!.reason).toContain('the loop on line 3 makes 4 passes');
    const wrong = counts('In the first test the for loop iterates only 3 times.', sumTo)[0]!;
    expect(wrong).toMatchObject({ verdict: 'contradicted', traced: ['4'] });
    expect(verdicts('For the second test the loop never runs.', sumTo)).toEqual([['the loop never runs', 'consistent']]);
  });

  it('with several tests and none named: consistent when one test bears it out, otherwise unverifiable', () => {
    expect(verdicts('The loop runs 4 times.', sumTo)).toEqual([['The loop runs 4 times', 'consistent']]);
    const other = counts('The loop runs 5 times.', sumTo)[0]!;
    expect(other.verdict).toBe('unverifiable');
    expect(other.reason).toContain('which of the 2 traced tests');
    // One traced test decides on its own.
    expect(verdicts('The loop runs 5 times.', only(sumTo, 0))).toEqual([['The loop runs 5 times', 'contradicted']]);
  });

  it('counts a `while` loop by a statement that changes a variable on every pass (`count += 1`)', () => {
    expect(verdicts('The while loop executes 3 times, and `count` ends up as 3.', countDigits)).toEqual([['The while loop executes 3 times', 'consistent']]);
    expect(verdicts('The loop runs twice, so one digit is lost.', countDigits)).toEqual([['The loop runs twice', 'contradicted']]);
    expect(verdicts('The `while n > 0` loop runs 3 times.', countDigits)[0]![1]).toBe('consistent');
  });

  it('does not read a pass the trace cannot show as a missing pass', () => {
    // first_big([1, 1, 9, 2]): the second pass assigns x = 1 again, so the `for` line records two entries for three passes.
    const three = counts('The loop runs 3 times.', firstBig)[0]!;
    expect(three.verdict).toBe('unverifiable');
    expect(three.reason).toContain('2 passes');
    // Fewer passes than the trace records, or more than the list holds, is a sure contradiction.
    expect(verdicts('The loop runs only once.', firstBig)).toEqual([['The loop runs only once', 'contradicted']]);
    expect(verdicts('The loop runs 5 times.', firstBig)).toEqual([['The loop runs 5 times', 'contradicted']]);
  });

  it('does not count a loop the function may never reach', () => {
    // smallest([2]) returns before its loop over xs: no pass, though xs holds an item and the loop has no break.
    expect(verdicts('The loop runs once.', smallest)).toEqual([['The loop runs once', 'unverifiable']]);
    expect(verdicts('The loop runs twice.', smallest)).toEqual([['The loop runs twice', 'contradicted']]);
    // Its header ran once (an empty loop) or not at all: "line 5 is never reached" cannot be told either way.
    expect(verdicts('Line 5 is never reached.', smallest)).toEqual([['Line 5 is never reached', 'unverifiable']]);
  });

  it('counts a loop over a list the trace shows, when it cannot stop early', () => {
    // best([1, 1, 2]) records two entries on the `for` line, but goes through all three items of xs.
    const [claim] = counts('The loop runs 3 times.', best);
    expect(claim).toMatchObject({ verdict: 'consistent', lines: [3] });
    expect(claim!.reason).toContain('`xs`, which holds 3 items');
    expect(verdicts('The loop runs twice.', best)).toEqual([['The loop runs twice', 'contradicted']]);
  });

  it('leaves "the loop" unverifiable when the program has several', () => {
    const claim = counts('The loop runs 3 times.', twoLoops)[0]!;
    expect(claim.verdict).toBe('unverifiable');
    expect(claim.reason).toContain('3 loops (lines 3, 4, 8)');
    expect(verdicts('The for loop runs 3 times. The inner loop runs twice.', twoLoops).map((v) => v[1])).toEqual(['unverifiable', 'unverifiable']);
    // Named by its line or by its kind when that kind is unique, it is checked.
    expect(verdicts('The loop on line 3 runs 3 times and the while loop runs twice.', twoLoops)).toEqual([
      ['The loop on line 3 runs 3 times', 'consistent'],
      ['the while loop runs twice', 'consistent'],
    ]);
    // The nested loop: a count per pass of the outer loop, or in total?
    expect(verdicts('The loop on line 4 runs 2 times.', twoLoops)[0]![1]).toBe('unverifiable');
  });

  it('leaves counts unverifiable in a trace the step limit cut', () => {
    for (const text of ['The while loop runs 5 times.', 'The loop runs twice.', 'Line 4 is executed 5 times.']) {
      const claim = counts(text, spin)[0]!;
      expect(claim.verdict).toBe('unverifiable');
      expect(claim.reason).toContain('step limit');
    }
  });

  it('reads "stops after N iterations" and ordinal passes', () => {
    expect(verdicts('In the first test the loop stops after 3 iterations and returns 2.', findFirst)).toEqual([['the loop stops after 3 iterations', 'consistent']]);
    expect(verdicts('In the first test the loop stops after 1 iteration.', findFirst)[0]![1]).toBe('contradicted');
    expect(verdicts('After the third iteration, `total` is 3.', only(sumTo, 0))).toEqual([['After the third iteration', 'consistent']]);
    expect(verdicts('In the fifth iteration, `total` is 10.', only(sumTo, 0))).toEqual([['In the fifth iteration', 'contradicted']]);
    // A loop over a list that may break: a third pass cannot be ruled out (nor confirmed), a fifth can.
    expect(verdicts('In the third iteration, m is 9.', firstBig)).toEqual([['In the third iteration', 'unverifiable']]);
    expect(verdicts('In the fifth iteration, m is 9.', firstBig)).toEqual([['In the fifth iteration', 'contradicted']]);
  });
});

describe('line execution claims', () => {
  it('counts a statement every pass runs by the passes, even when the trace shows fewer entries', () => {
    // `total += i` adds 0 in the first pass and changes nothing, so line 4 has three entries for four runs.
    expect(verdicts('In the first test, line 4 runs 4 times.', sumTo)).toEqual([['line 4 runs 4 times', 'consistent']]);
    expect(verdicts('In the first test, line 4 is executed only 3 times.', sumTo)).toEqual([['line 4 is executed only 3 times', 'contradicted']]);
    expect(verdicts('Line 5 is executed three times.', countDigits)).toEqual([['Line 5 is executed three times', 'consistent']]);
    expect(verdicts('Line 7 (`out.append(double(x))`) runs twice.', helper)[0]![1]).toBe('consistent');
  });

  it('accepts a loop header run once per pass or once more to end the loop', () => {
    const first = (text: string) => verdicts(`In the first test, ${text}.`, sumTo)[0]![1];
    expect(first('line 3 runs 4 times')).toBe('consistent');
    expect(first('line 3 runs 5 times')).toBe('consistent');
    expect(first('line 3 runs 7 times')).toBe('contradicted');
    // find_first returns from inside the loop: the header does not run the extra time.
    expect(verdicts('In the first test, line 2 runs 4 times.', findFirst)[0]![1]).toBe('unverifiable');
  });

  it('confirms "never runs" only when no run can be hidden', () => {
    expect(verdicts('In the second test, line 4 is never reached.', findFirst)).toEqual([['line 4 is never reached', 'consistent']]);
    // print(i) changes no variable: it runs twice, with no entry. Its lack of entries proves nothing.
    expect(verdicts('In the first test, line 5 is never reached.', findFirst)).toEqual([['line 5 is never reached', 'unverifiable']]);
    expect(verdicts('Line 4 never executes, because the loop body is skipped.', only(sumTo, 1))).toEqual([['Line 4 never executes', 'consistent']]);
    expect(verdicts('Line 4 is never executed.', only(sumTo, 0))).toEqual([['Line 4 is never executed', 'contradicted']]);
  });

  it('does not confirm a count the trace only bounds from below', () => {
    // m = max(m, x) runs three times but changes m twice; the loop may break, so its passes are not known either.
    const claim = counts('Line 4 runs twice.', firstBig)[0]!;
    expect(claim.verdict).toBe('unverifiable');
    expect(claim.reason).toContain('changes no variable');
    // In best() the same statement runs once per pass of a loop that goes through all of xs.
    expect(verdicts('Line 4 runs once.', best)).toEqual([['Line 4 runs once', 'contradicted']]);
  });
});

describe('call count claims', () => {
  it('counts calls of a recursive function', () => {
    expect(verdicts('`fact` is called 3 times.', fact)).toEqual([['`fact` is called 3 times', 'consistent']]);
    expect(verdicts('The function is called 3 times, once per value of n.', fact)[0]![1]).toBe('consistent');
    expect(verdicts('fact is called twice.', fact)).toEqual([['fact is called twice', 'contradicted']]);
    // "calls itself twice": with or without the first call, both readings fit 3 calls.
    expect(verdicts('`fact` calls itself twice.', fact)[0]![1]).toBe('consistent');
    expect(verdicts('`fact` calls itself 5 times.', fact)[0]![1]).toBe('contradicted');
  });

  it('does not count calls of a function defined inside another', () => {
    // Read back from a NExT rendering, `inner`'s def line also carries `outer` defining it: three entries for two calls.
    const inline = parseNextInline(renderNextInline(outer, 0));
    for (const trace of [outer, inline]) expect(verdicts('`inner` is called twice.', trace)).toEqual([['`inner` is called twice', 'unverifiable']]);
    expect(verdicts('`outer` is called once.', inline)).toEqual([['`outer` is called once', 'consistent']]);
  });

  it('counts calls of a named helper, and needs a name when there are several functions', () => {
    expect(verdicts('`double` is called twice and the loop runs 2 times.', helper)).toEqual([
      ['`double` is called twice', 'consistent'],
      ['the loop runs 2 times', 'consistent'],
    ]);
    expect(verdicts('double() is called 3 times.', helper)[0]![1]).toBe('contradicted');
    expect(verdicts('The function is called twice.', helper)[0]![1]).toBe('unverifiable');
  });
});

describe('count claims that must stay unverifiable or not be claims', () => {
  it('ignores hedged, comparative and per-something counts', () => {
    const text = [
      'If the list were empty, the loop would never run.',
      'The loop should run 5 times.',
      'This makes the loop run 3 times faster.',
      'The loop runs at least 3 times.',
      'The loop runs twice per call.',
      'The loop never runs long enough to reach the end.',
      'In the second iteration of training the model fixed it.',
    ].join(' ');
    expect(counts(text, sumTo)).toEqual([]);
  });

  it('never contradicts a count about another input', () => {
    // The traced test calls sum_to(4); the sentence is about n = 0.
    expect(verdicts('For `n = 0` the loop never runs and the function returns 0.', only(sumTo, 0))).toEqual([['the loop never runs', 'unverifiable']]);
    expect(verdicts('In the second test the loop runs 4 times.', only(sumTo, 0), ['assert sum_to(4) == 10', 'assert sum_to(0) == 0'])[0]![1]).toBe('unverifiable');
  });

  it('keeps elided NExT entries from confirming a count, but not from contradicting a smaller one', () => {
    const sample = (rationale: string) => groundSample({ rationale, trace: sumInline }, parseNextInline).claims.filter((c) => COUNT_KINDS.has(c.kind));
    // `for i in range(n):  # (2) i=0; (4) i=1; ...; (8) i=3`: three passes shown, more hidden.
    expect(sample('The loop runs 4 times.')[0]!.verdict).toBe('unverifiable');
    expect(sample('The loop runs twice.')[0]!.verdict).toBe('contradicted');
  });
});
