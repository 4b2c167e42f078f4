import type { TestStep } from '../trace/cursor/tests';
import type { CodeShape, LoopShape } from './codeShape';
import { countCalls, countIterations, countLine, shapeOf, type Count, type Counted } from './countFacts';
import type { TraceFacts } from './traceFacts';
import type { CheckedClaim, Claim, Verdict } from './types';

/**
 * Judges a count claim per test. The test is the one the sentence names
 * ("in the second test", `assert f(2) == 4`); otherwise a single traced test
 * decides, and with several the claim is consistent when one of them bears it
 * out and unverifiable otherwise — never contradicted, since the rationale may
 * mean another test. Sentences about some other input ("for `n = 0`") are
 * never contradicted either.
 */
interface Judged {
  verdict: Verdict;
  reason: string;
  steps: TestStep[];
  traced?: string[];
}

interface Subject {
  label: string;
  lines: number[];
  count(ti: number): Counted;
}

const norm = (code: string) => code.replace(/\s+/g, '');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const UNITS = { iterations: ['pass', 'passes'], calls: ['call', 'calls'], executions: ['run', 'runs'] } as const;

function phrase(kind: Claim['kind'], label: string, n: number): string {
  if (kind === 'iterations') return n === 0 ? `${label} makes no pass` : `${label} makes ${plural(n, 'pass', 'passes')}`;
  if (kind === 'calls') return n === 0 ? `${label} is never called` : `${label} is called ${plural(n, 'time', 'times')}`;
  return n === 0 ? `${label} never runs` : `${label} runs ${plural(n, 'time', 'times')}`;
}

function resolveLoop(claim: Claim, shape: CodeShape): LoopShape | string {
  let loops = shape.loops;
  if (claim.line !== undefined) {
    const loop = loops.find((l) => l.line === claim.line);
    return loop ?? `no loop starts on line ${claim.line}`;
  }
  if (claim.loopCode) {
    const want = norm(claim.loopCode).replace(/:$/, '');
    loops = loops.filter((l) => norm(shape.stmts[l.stmt]!.raw).replace(/:$/, '') === want);
    if (loops.length === 0) return `no loop in the program reads \`${claim.loopCode}\``;
  } else if (claim.loopKind === 'for' || claim.loopKind === 'while') {
    loops = loops.filter((l) => l.kind === claim.loopKind);
  } else if (claim.loopKind) {
    if (loops.length !== 2 || loops.filter((l) => l.nested).length !== 1) return `cannot tell which loop is the ${claim.loopKind} one`;
    loops = loops.filter((l) => l.nested === (claim.loopKind === 'inner'));
  }
  if (loops.length === 0) return `the program has no ${claim.loopKind === 'for' || claim.loopKind === 'while' ? `${claim.loopKind} ` : ''}loop`;
  if (loops.length > 1) return `the program has ${loops.length} loops (lines ${loops.map((l) => l.line).join(', ')}): the rationale does not say which`;
  return loops[0]!;
}

function subjectOf(claim: Claim, facts: TraceFacts): Subject | string {
  const shape = shapeOf(facts);
  if (claim.kind === 'iterations') {
    const loop = resolveLoop(claim, shape);
    if (typeof loop === 'string') return loop;
    return { label: `the loop on line ${loop.line}`, lines: [loop.line], count: (ti) => countIterations(facts, ti, loop) };
  }
  if (claim.kind === 'calls') {
    const name = claim.variable ?? (shape.funcs.length === 1 ? shape.funcs[0]!.name : null);
    if (!name) return `the program defines ${shape.funcs.length} functions: the rationale does not say which`;
    const def = shape.funcs.find((f) => f.name === name);
    return { label: `\`${name}\``, lines: def ? [def.line] : [], count: (ti) => countCalls(facts, ti, name) };
  }
  const line = claim.line!;
  return { label: `line ${line}`, lines: [line], count: (ti) => countLine(facts, ti, line) };
}

function judge(claim: Claim, subject: Subject, c: Counted): Judged {
  if ('unknown' in c) return { verdict: 'unverifiable', reason: c.unknown, steps: [] };
  const n = claim.count!;
  const e = c.exact;
  const last = c.steps.slice(-1);
  const said = phrase(claim.kind, subject.label, e ?? c.atLeast);
  const how = c.how ? `: ${c.how}` : '';
  const ok = (reason: string): Judged => ({ verdict: 'consistent', reason, steps: last });
  const no = (reason: string): Judged => ({ verdict: 'contradicted', reason, steps: last, traced: [e !== null ? String(e) : `at least ${c.atLeast}`] });
  const open = (reason: string): Judged => ({ verdict: 'unverifiable', reason, steps: last });
  const [one, many] = UNITS[claim.kind as 'iterations' | 'calls' | 'executions'] ?? UNITS.executions;
  const atLeast = c.atLeast > 0 ? `the trace records ${plural(c.atLeast, one, many)} of ${subject.label} (the last at step ${last[0]!.step})` : `the trace records no ${one} of ${subject.label}`;
  switch (claim.countMode) {
    case 'atLeast':
      if (c.atLeast >= n) return ok(`${atLeast}`);
      if (e !== null) return no(`${said}${how}; there is no pass ${n}`);
      if (c.atMost !== undefined && n > c.atMost) return no(`${subject.label} makes at most ${plural(c.atMost, one, many)}: ${c.why}`);
      return open(`${atLeast}; ${c.why}`);
    case 'stopsAfter':
      if (e !== null) {
        if (e === n) return ok(`${said}${how}`);
        if (e === n + 1) return open(`${said}${how}; the last one may have been left early`);
        return no(`${said}${how}`);
      }
      if (c.atLeast > n + 1) return no(`${atLeast}, more than ${n + 1}`);
      if (c.atMost !== undefined && n > c.atMost) return no(`${subject.label} makes at most ${plural(c.atMost, one, many)}: ${c.why}`);
      return open(`${atLeast}; ${c.why}`);
    case 'recursive':
      if (e !== null && (n === e || n === e - 1)) return ok(`${said}${how}${n === e - 1 ? `; that is the first call and ${n} more` : ''}`);
      if (e !== null && n > e) return no(`${said}${how}`);
      return open(e !== null ? `${said}${how}; "recursively ${n} times" may count another way (depth, a branch)` : `${atLeast}; ${c.why}`);
    default:
      return judgeExactly(claim, c as Count, n, { said, how, atLeast, ok, no, open });
  }
}

function judgeExactly(claim: Claim, c: Count, n: number, p: { said: string; how: string; atLeast: string; ok(r: string): Judged; no(r: string): Judged; open(r: string): Judged }): Judged {
  const e = c.exact;
  if (e === null) {
    if (n < c.atLeast) return p.no(`${p.atLeast}, more than ${n}`);
    if (c.atMost !== undefined && n > c.atMost) return p.no(`${p.atLeast}, and at most ${c.atMost} can happen: ${c.why}`);
    return p.open(`${p.atLeast}; ${c.why}`);
  }
  if (c.header !== undefined) {
    // CPython runs a loop's header once per pass and once more to find that it is done: both readings are fine.
    const base = `the loop on line ${c.header} makes ${plural(e, 'pass', 'passes')}${p.how}`;
    // No pass: the header ran once if the loop was reached, not at all after an early return.
    if (e === 0) return n <= 1 ? p.open(`${base}; its header line runs once if the loop is reached`) : p.no(`${base}, so its header line runs at most once`);
    if (n === e) return p.ok(`${base}; its header line runs once per pass (and once more to end the loop)`);
    if (n === e + 1 && c.finished) return p.ok(`${base}; its header line runs once per pass and once more to end the loop`);
    if (n === e + 1) return p.open(`${base}; its header line runs once more to end the loop, unless the loop was left early (it has a break, return or raise)`);
    return p.no(`${base}, so its header line runs ${e} or ${e + 1} times`);
  }
  if (n === e) return p.ok(`${p.said}${p.how}`);
  return p.no(`${p.said}${p.how}`);
}

/** The test the sentence names, -1 when it names one the trace lacks, null when it names none. */
function namedTest(claim: Claim, facts: TraceFacts, taskTests?: readonly string[]): number | null {
  let source: string | undefined = claim.testSource;
  if (source === undefined && claim.testOrdinal !== undefined) {
    const pool = taskTests && taskTests.length > 0 ? taskTests : facts.tests.map((t) => t.source);
    source = claim.testOrdinal < 0 ? pool[pool.length - 1] : pool[claim.testOrdinal];
    if (source === undefined) return -1;
  }
  if (source === undefined) return null;
  return facts.tests.findIndex((t) => norm(t.source) === norm(source));
}

export function checkCount(claim: Claim, facts: TraceFacts, taskTests?: readonly string[]): CheckedClaim {
  const subject = subjectOf(claim, facts);
  if (typeof subject === 'string') return { ...claim, verdict: 'unverifiable', reason: subject };
  const done = (j: Judged, steps = j.steps): CheckedClaim => ({ ...claim, verdict: j.verdict, reason: j.reason, steps, lines: subject.lines, ...(j.traced ? { traced: j.traced } : {}) });
  const named = namedTest(claim, facts, taskTests);
  if (named === -1) return done({ verdict: 'unverifiable', reason: 'the trace does not include the test the sentence names', steps: [] });
  if (named !== null) return done(judge(claim, subject, subject.count(named)));
  const judged = facts.tests.map((_, ti) => judge(claim, subject, subject.count(ti)));
  if (judged.length === 1 && !claim.aboutTest) return done(judged[0]!);
  const holds = judged.filter((j) => j.verdict === 'consistent');
  if (holds.length > 0) return done({ ...holds[0]!, reason: holds.length === judged.length ? holds[0]!.reason : `in ${plural(holds.length, 'traced test', 'traced tests')} of ${judged.length}: ${holds[0]!.reason}` }, holds.flatMap((j) => j.steps));
  if (judged.length === 0) return done({ verdict: 'unverifiable', reason: 'the trace has no test', steps: [] });
  const why = claim.aboutTest ? 'the sentence is about a test or input it does not pin down' : `the rationale does not say which of the ${judged.length} traced tests it means`;
  return done({ verdict: 'unverifiable', reason: `${why}, and it holds in none of them; in the first, ${judged[0]!.reason}`, steps: judged[0]!.steps });
}
