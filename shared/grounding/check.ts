import { scanLiteral, valuesMatch, type ScannedLiteral } from './pyValue';
import { checkCount } from './checkCounts';
import type { Sighting, TestFacts, TraceFacts } from './traceFacts';
import type { CheckedClaim, Claim } from './types';

/**
 * Judges one claim against the trace. The rule that keeps precision high:
 * "contradicted" needs the full list of values the trace records for that
 * variable (nothing elided, truncated or unparseable) and none may match;
 * every doubt gives "unverifiable" with the reason.
 */
const MAX_SHOWN = 8;

function literal(written: string): ScannedLiteral | null {
  const lit = scanLiteral(written, 0);
  return lit && lit.end === written.length ? lit : scanLiteral(written.replace(/^an?\s+/i, ''), 0);
}

function distinct(sightings: Sighting[]): string[] {
  const seen = new Set<string>();
  for (const s of sightings) {
    seen.add(s.raw);
    if (seen.size > MAX_SHOWN) break;
  }
  return [...seen].slice(0, MAX_SHOWN);
}

const verdict = (claim: Claim, v: CheckedClaim['verdict'], reason: string, extra: Partial<CheckedClaim> = {}): CheckedClaim => ({
  ...claim,
  verdict: v,
  reason,
  ...extra,
});

/** Where a sighting is: its step within its own test's trace. */
const stepOf = (s: Sighting) => ({ test: s.test, step: s.step });
const stepsOf = (list: Sighting[]) => list.map(stepOf);
const linesOf = (list: Sighting[]) => [...new Set(list.map((s) => s.line))];
const list = (values: string[]) => values.join(', ');

/** Can the absence of a value among these sightings be trusted? */
function complete(facts: TraceFacts, name: string, sightings: Sighting[]): string | null {
  if (facts.elided.has(name)) return 'some of its values are elided ("...") in the trace';
  if (facts.incomplete) return 'the trace is incomplete (cut or with parse warnings)';
  if (sightings.some((s) => s.truncated)) return 'some of its values are truncated in the trace';
  if (sightings.some((s) => s.canon === null)) return 'some of its traced values are not plain literals';
  return null;
}

function checkAgainst(claim: Claim, lit: ScannedLiteral, name: string, label: string, sightings: Sighting[], facts: TraceFacts, taskTests?: readonly string[]): CheckedClaim {
  const matches = sightings.filter((s) => valuesMatch(lit, s.canon, s.raw));
  const traced = distinct(sightings);
  const byTest = new Map<number, Sighting[]>();
  for (const s of sightings) {
    const list = byTest.get(s.test);
    if (list) list.push(s);
    else byTest.set(s.test, [s]);
  }
  if (claim.scope !== 'any' && matches.length > 0) {
    const ends = [...byTest.values()].map((l) => (claim.scope === 'final' ? l[l.length - 1]! : l[0]!));
    const hit = ends.filter((s) => valuesMatch(lit, s.canon, s.raw));
    if (hit.length > 0) return verdict(claim, 'consistent', `${label} is ${hit[0]!.raw} at step ${hit[0]!.step}`, { steps: stepsOf(hit), lines: linesOf(hit), traced });
    const which = claim.scope === 'final' ? 'last' : 'first';
    return verdict(claim, 'unverifiable', `${label} is ${matches[0]!.raw} at step ${matches[0]!.step}, but its ${which} traced value is ${ends[0]!.raw}`, {
      steps: stepsOf(matches),
      lines: linesOf(matches),
      traced,
    });
  }
  if (matches.length > 0) return verdict(claim, 'consistent', `${label} is ${matches[0]!.raw} at step ${matches[0]!.step}`, { steps: stepsOf(matches), lines: linesOf(matches), traced });
  const partial = claim.aboutTest && (taskTests?.length ?? 0) > facts.tests.length;
  const doubt = partial ? 'the sentence is about a particular test and the trace covers only some tests' : complete(facts, name, sightings);
  if (doubt) return verdict(claim, 'unverifiable', `${label} is not seen with that value, but ${doubt}; traced: ${list(traced)}`, { traced, steps: stepsOf(sightings), lines: linesOf(sightings) });
  return verdict(claim, 'contradicted', `${label} never takes that value; traced: ${list(traced)}`, { traced, steps: stepsOf(sightings), lines: linesOf(sightings) });
}

function norm(code: string): string {
  return code.replace(/\s+/g, '');
}

/** The test an assertion claim is about, or null when that is ambiguous. */
function targetTest(claim: Claim, facts: TraceFacts, taskTests: readonly string[] | undefined): number | null {
  if (claim.variable) {
    const i = facts.tests.findIndex((t) => norm(t.source) === norm(claim.variable!));
    return i >= 0 ? i : null;
  }
  if (claim.testOrdinal !== undefined) {
    const pool = taskTests && taskTests.length > 0 ? taskTests : facts.tests.map((t) => t.source);
    const source = claim.testOrdinal < 0 ? pool[pool.length - 1] : pool[claim.testOrdinal];
    if (source === undefined) return null;
    const i = facts.tests.findIndex((t) => norm(t.source) === norm(source));
    return i >= 0 ? i : null;
  }
  if (facts.tests.length === 1) return 0;
  const failing = facts.tests.map((t, i) => (t.passed ? -1 : i)).filter((i) => i >= 0);
  return failing.length === 1 ? failing[0]! : null;
}

/** `assert f(2) == 4` → `4`; null when the test is not a plain equality with a literal. */
export function expectedOf(test: string): ScannedLiteral | null {
  const m = /^\s*assert\s+(.+?)\s*==\s*(.+?)\s*(?:,.*)?$/.exec(test);
  if (!m) return null;
  const rhs = literal(m[2]!);
  if (rhs) return rhs;
  const lhs = literal(m[1]!);
  return lhs;
}

function checkAssertion(claim: Claim, facts: TraceFacts, taskTests?: readonly string[]): CheckedClaim {
  const ti = targetTest(claim, facts, taskTests);
  if (ti === null) return verdict(claim, 'unverifiable', 'cannot tell which test the rationale means');
  const test: TestFacts = facts.tests[ti]!;
  const problems: string[] = [];
  const confirmations: string[] = [];
  const expected = claim.expected ? literal(claim.expected) : null;
  if (expected) {
    const real = expectedOf(test.source);
    if (real && real.canon !== expected.canon) problems.push(`the test expects ${test.source.split('==').pop()!.trim()}`);
    else if (real) confirmations.push(`the test expects ${claim.expected}`);
  }
  const actual = claim.value ? literal(claim.value) : null;
  const final = test.finalReturn;
  const steps = final ? [stepOf(final)] : [];
  if (actual && final) {
    if (valuesMatch(actual, final.canon, final.raw)) confirmations.push(`the call returns ${final.raw} at step ${final.step}`);
    else {
      const returns = facts.returns.filter((r) => r.test === ti);
      const inner = returns.find((r) => valuesMatch(actual, r.canon, r.raw));
      if (inner) return verdict(claim, 'unverifiable', `an inner call returns ${inner.raw} at step ${inner.step}, the test's call returns ${final.raw}`, { steps: [stepOf(inner)] });
      if (final.canon === null || final.truncated || facts.incomplete) return verdict(claim, 'unverifiable', `the traced return ${final.raw} cannot be compared`, { steps });
      problems.push(`the call returns ${final.raw} at step ${final.step}`);
    }
  } else if (actual && !final) {
    return verdict(claim, 'unverifiable', test.exception ? `the test raised ${test.exception.type} before returning` : 'no return value is traced for this test', { traced: [] });
  }
  if (problems.length > 0) return verdict(claim, 'contradicted', problems.join('; '), { steps, traced: final ? [final.raw] : [] });
  if (confirmations.length > 0 && (!actual || final)) return verdict(claim, 'consistent', confirmations.join('; '), { steps });
  return verdict(claim, 'unverifiable', 'the test is not a plain equality the checker can read', { steps });
}

/** Exceptions: the type must be in the trace; a named line must be one where the trace shows it. */
function checkException(claim: Claim, facts: TraceFacts): CheckedClaim {
  const type = claim.exceptionType!;
  if (!facts.exceptionTypes.has(type)) {
    return verdict(claim, 'unverifiable', facts.exceptionTypes.size ? `the trace raises ${[...facts.exceptionTypes].join(', ')}` : 'no exception in the trace');
  }
  const at = facts.exceptionLines.get(type);
  if (claim.line === undefined) return verdict(claim, 'consistent', `the trace raises ${type}`, at ? { lines: [...at] } : {});
  if (at?.has(claim.line)) return verdict(claim, 'consistent', `the trace raises ${type} on line ${claim.line}`, { lines: [claim.line] });
  const where = at && at.size > 0 ? `line ${[...at].join(', ')}` : 'an unknown line';
  if (!at || at.size === 0 || facts.incomplete) return verdict(claim, 'unverifiable', `the trace raises ${type} on ${where}`);
  return verdict(claim, 'contradicted', `the trace raises ${type} on ${where}, not line ${claim.line}`, { lines: [...at], traced: [where] });
}

/**
 * "at step (4) x is 3": the entry at that step decides; without one, the
 * latest earlier value does, unless values may be missing in between.
 * Returns null to fall back to the step-less check.
 */
function checkAtStep(claim: Claim, lit: ScannedLiteral, sightings: Sighting[], facts: TraceFacts): CheckedClaim | null {
  const k = claim.step!;
  const label = `\`${claim.variable}\``;
  const exact = sightings.filter((s) => s.step === k);
  if (exact.length > 0) {
    // Steps restart in each test: every test where the value holds at step k is a place the claim may mean.
    const hits = exact.filter((s) => valuesMatch(lit, s.canon, s.raw));
    const hit = hits[0];
    if (hit) return verdict(claim, 'consistent', `${label} is ${hit.raw} at step ${k}`, { steps: hits.map(stepOf), lines: [...new Set(hits.map((s) => s.line))] });
    if (exact.some((s) => s.truncated || s.canon === null)) return null;
    return verdict(claim, 'contradicted', `${label} is ${exact[0]!.raw} at step ${k}`, { steps: [stepOf(exact[0]!)], lines: [exact[0]!.line], traced: exact.map((s) => s.raw) });
  }
  // Steps restart in each test of a multi-test trace: "step 4" is then ambiguous.
  if (facts.tests.length !== 1 || facts.elided.has(claim.variable!) || facts.incomplete) return null;
  const before = sightings.filter((s) => s.step < k).pop();
  if (!before) return null;
  if (valuesMatch(lit, before.canon, before.raw)) return verdict(claim, 'consistent', `${label} is ${before.raw} from step ${before.step} on`, { steps: [stepOf(before)], lines: [before.line] });
  if (sightings.some((s) => valuesMatch(lit, s.canon, s.raw))) {
    return verdict(claim, 'unverifiable', `${label} is ${before.raw} at step ${k}, though it takes that value at another step`, { steps: [stepOf(before)], lines: [before.line] });
  }
  return null;
}

/** "x goes from 1 to 2": both values traced, and 1 before 2 → consistent; a value never taken → contradicted (when complete). */
function checkTransition(claim: Claim, to: ScannedLiteral, sightings: Sighting[], facts: TraceFacts, taskTests?: readonly string[]): CheckedClaim {
  const from = literal(claim.expected!);
  const label = `\`${claim.variable}\``;
  if (!from) return verdict(claim, 'unverifiable', 'the starting value is not a literal');
  const firstFrom = sightings.find((s) => valuesMatch(from, s.canon, s.raw));
  const lastTo = [...sightings].reverse().find((s) => valuesMatch(to, s.canon, s.raw));
  if (firstFrom && lastTo && firstFrom.step <= lastTo.step) {
    return verdict(claim, 'consistent', `${label} is ${firstFrom.raw} at step ${firstFrom.step} and ${lastTo.raw} at step ${lastTo.step}`, { steps: [stepOf(firstFrom), stepOf(lastTo)], lines: [firstFrom.line, lastTo.line] });
  }
  // A missing start value is judged like a plain value claim (which knows about elision and partial traces).
  if (!firstFrom) return { ...checkAgainst({ ...claim, transition: false }, from, claim.variable!, label, sightings, facts, taskTests), transition: true };
  // A missing end value may be an exclusive bound ("i goes from 0 to n" over range(n)): never a contradiction.
  if (!lastTo) return verdict(claim, 'unverifiable', `${label} never takes ${claim.value} (it may be meant as an exclusive bound); traced: ${distinct(sightings).join(', ')}`, { steps: stepsOf(sightings), lines: linesOf(sightings) });
  return verdict(claim, 'unverifiable', `${label} takes both values, but not in that order`, { steps: stepsOf(sightings), lines: linesOf(sightings) });
}

export function checkClaim(claim: Claim, facts: TraceFacts | null, taskTests?: readonly string[]): CheckedClaim {
  if (!facts) return verdict(claim, 'unverifiable', 'the sample has no trace');
  if (claim.hedged) return verdict(claim, 'unverifiable', `hypothetical or about the intended program ("${claim.hedged}")`);
  switch (claim.kind) {
    case 'expression':
      return verdict(claim, 'unverifiable', `\`${claim.variable}\` is an expression; the trace records variables only`);
    case 'line': {
      if (claim.aboutBug) return verdict(claim, 'unverifiable', 'where the bug is cannot be read from the trace', { lines: [claim.line!] });
      const steps = facts.lines.get(claim.line!);
      if (steps && steps.length > 0) return verdict(claim, 'consistent', `line ${claim.line} runs at step ${steps.slice(0, 5).map((s) => s.step).join(', ')}${steps.length > 5 ? ', …' : ''}`, { steps, lines: [claim.line!] });
      if (claim.line! < 1 || claim.line! > facts.codeLineCount) return verdict(claim, 'unverifiable', `the traced program has ${facts.codeLineCount} lines`);
      return verdict(claim, 'unverifiable', `line ${claim.line} has no entry in the trace`, { lines: [claim.line!] });
    }
    case 'exception':
      return checkException(claim, facts);
    case 'iterations':
    case 'executions':
    case 'calls':
      return checkCount(claim, facts, taskTests);
    case 'assertion':
      return checkAssertion(claim, facts, taskTests);
    case 'return': {
      const lit = literal(claim.value!);
      if (!lit) return verdict(claim, 'unverifiable', 'the returned value is not a literal');
      if (facts.returns.length === 0) return verdict(claim, 'unverifiable', 'no return value is traced');
      return checkAgainst({ ...claim, scope: 'any' }, lit, '__return__', 'the return value', facts.returns, facts, taskTests);
    }
    case 'value': {
      const lit = literal(claim.value!);
      const sightings = facts.vars.get(claim.variable!);
      if (!lit) return verdict(claim, 'unverifiable', 'the claimed value is not a literal');
      if (!sightings || sightings.length === 0) return verdict(claim, 'unverifiable', `\`${claim.variable}\` does not appear in the trace`);
      if (claim.transition) return checkTransition(claim, lit, sightings, facts, taskTests);
      if (claim.step !== undefined) {
        const atStep = checkAtStep(claim, lit, sightings, facts);
        if (atStep) return atStep;
      }
      return checkAgainst(claim, lit, claim.variable!, `\`${claim.variable}\``, sightings, facts, taskTests);
    }
  }
}
