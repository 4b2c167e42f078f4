import type { TestStep } from '../trace/cursor/tests';
import { codeShape, mayAssign, unconditionalPrefix, type CodeShape, type LoopShape, type Stmt } from './codeShape';
import { iterationLength } from './pyValue';
import type { TraceFacts } from './traceFacts';

/**
 * How often a loop iterated, a line ran or a function was called in one test,
 * as far as the trace can tell. The tracer records a line only when it changed
 * a variable (NExT semantics), so the recorded runs are a lower bound; the
 * count is exact only where every run must leave an entry (see README.md).
 */
export interface Count {
  /** Runs the trace records: the true count is at least this. */
  atLeast: number;
  /** The true count, when the trace pins it down; null otherwise. */
  exact: number | null;
  /** An upper bound when the count is not exact (a `for` over a list of known length that may `break`). */
  atMost?: number;
  /** Why the count is not exact (for the tooltip). */
  why?: string;
  /** How the exact count was read ("one entry per iteration on the `for` line"). */
  how?: string;
  /** Steps of the recorded runs, in order. */
  steps: TestStep[];
  /** For a loop header: the loop ran to its end (no `break`/`return`/exception), so the header ran once more. */
  finished?: boolean;
  /** The count is the passes of the loop whose header (this line) was asked about: a header also runs once more to end the loop. */
  header?: number;
}

/** Why no count can be given for this test at all (the trace was cut, the loop is ambiguous per call). */
export type Counted = Count | { unknown: string };

interface TestIndex {
  /** line → steps of its runs (a `line` event and a `return`/`exception` event of the same run count once; calls excluded). */
  runs: Map<number, number[]>;
  /** line → steps of its `line` events only: a `return` reported on a loop's header is the run that ended the loop, not a pass. */
  passes: Map<number, number[]>;
  calls: Map<string, number[]>;
  /** The program (not the test's own line) raised: a run may have stopped half-way through a block. */
  raised: boolean;
  /** Every event names its function (older structured traces may not): calls can be counted. */
  named: boolean;
}

const shapes = new WeakMap<TraceFacts, CodeShape>();
const indexes = new WeakMap<TraceFacts, TestIndex[]>();

export function shapeOf(facts: TraceFacts): CodeShape {
  let s = shapes.get(facts);
  if (!s) shapes.set(facts, (s = codeShape(facts.code)));
  return s;
}

function indexOf(facts: TraceFacts, ti: number): TestIndex {
  let all = indexes.get(facts);
  if (!all) indexes.set(facts, (all = []));
  const have = all[ti];
  if (have) return have;
  const runs = new Map<number, number[]>();
  const passes = new Map<number, number[]>();
  const calls = new Map<string, number[]>();
  let raised = false;
  let named = true;
  let previous: { line: number; kind: string; func?: string } | null = null;
  for (const e of facts.tests[ti]!.events) {
    if (e.func === undefined) named = false;
    if (e.kind === 'call') push(calls, e.func ?? '', e.step);
    else if (!('__yield__' in (e.changed ?? {}))) {
      // A generator's `__yield__` entry is not a run: `yield from` writes one per value passed through.
      if (e.kind === 'exception' && e.func !== '<test>') raised = true;
      if (e.kind === 'line') push(passes, e.line, e.step);
      // The recorder writes a line's changes, then its return or exception, as two events of one run.
      const sameRun = e.kind !== 'line' && previous?.kind === 'line' && previous.line === e.line && previous.func === e.func;
      if (!sameRun) push(runs, e.line, e.step);
    }
    previous = e;
  }
  return (all[ti] = { runs, passes, calls, raised, named });
}

function push<K>(map: Map<K, number[]>, key: K, step: number) {
  const list = map.get(key);
  if (list) list.push(step);
  else map.set(key, [step]);
}

const at = (ti: number, steps: readonly number[]): TestStep[] => steps.map((step) => ({ test: ti, step }));

/** Test-level reasons for no count at all. */
function testProblem(facts: TraceFacts, ti: number): string | null {
  const t = facts.tests[ti]!;
  if (t.cut) return `the trace of this test is incomplete (${t.cut})`;
  if (facts.incomplete) return 'the trace is incomplete (cut or with parse warnings)';
  return null;
}

export function countCalls(facts: TraceFacts, ti: number, name: string): Counted {
  const problem = testProblem(facts, ti);
  if (problem) return { unknown: problem };
  const defs = shapeOf(facts).funcs.filter((f) => f.name === name);
  if (defs.length !== 1) return { unknown: defs.length ? `the program defines \`${name}\` ${defs.length} times` : `the program defines no function \`${name}\`` };
  const index = indexOf(facts, ti);
  if (!index.named) return { unknown: 'the trace does not say which function each step is in' };
  // In a NExT rendering the `def` line of a nested function also shows the outer function defining it, read back as a call.
  if (shapeOf(facts).stmts[defs[0]!.stmt]!.func >= 0) return { unknown: `\`${name}\` is defined inside another function, whose entries share its \`def\` line` };
  const steps = index.calls.get(name) ?? [];
  if (facts.tests[ti]!.elidedLines.has(defs[0]!.line)) return { atLeast: steps.length, exact: null, why: 'the trace elides some of its calls ("...")', steps: at(ti, steps) };
  if (defs[0]!.generator) return { atLeast: steps.length, exact: null, why: `\`${name}\` is a generator: the trace shows a call only once it is iterated`, steps: at(ti, steps) };
  if (!defs[0]!.hasParams) return { atLeast: steps.length, exact: null, why: `\`${name}\` takes no arguments, so a NExT trace may not show its calls`, steps: at(ti, steps) };
  return { atLeast: steps.length, exact: steps.length, how: 'the trace has one entry per call, on its `def` line', steps: at(ti, steps) };
}

/** Values a variable takes inside one function in this test (int-only or list-only checks for self-recording lines). */
function valuesIn(facts: TraceFacts, ti: number, func: string, name: string): string[] {
  const out: string[] = [];
  for (const e of facts.tests[ti]!.events) if (e.func === func && e.changed && name in e.changed && !e.truncated?.includes(name)) out.push(e.changed[name]!);
  return out;
}

/**
 * A statement that leaves an entry every time it runs: `return ...`, `n += 1`
 * on an int (the value always changes), `xs.append(...)` on a list (its
 * length always grows). Its recorded runs are its runs.
 */
function selfRecording(facts: TraceFacts, ti: number, shape: CodeShape, s: Stmt): string | null {
  if (s.line !== s.endLine) return null;
  const func = s.func >= 0 ? shape.funcs.find((f) => f.stmt === s.func)?.name : undefined;
  if (!func || !indexOf(facts, ti).named) return null;
  // Inside `try`/`with`, the tracer reports a return on the `finally` or `with` line instead.
  if (/^return\b/.test(s.code)) return shape.stmts.some((o) => o.func === s.func && /^(?:try|with|async\s+with)\b/.test(o.code)) ? null : 'a `return` always leaves an entry';
  const inc = /^([A-Za-z_]\w*)\s*(?:[-+]=\s*([1-9]\d*)|=\s*([A-Za-z_]\w*)\s*[-+]\s*([1-9]\d*))\s*$/.exec(s.code);
  if (inc && (inc[3] === undefined || inc[3] === inc[1])) {
    const values = valuesIn(facts, ti, func, inc[1]!);
    if (values.length > 0 && values.every((v) => /^-?\d+$/.test(v))) return `\`${inc[1]}\` changes every time line ${s.line} runs`;
    return null;
  }
  const grow = /^([A-Za-z_]\w*)\.(?:append|insert)\(.*\)$/.exec(s.code);
  if (grow) {
    const values = valuesIn(facts, ti, func, grow[1]!);
    if (values.length > 0 && values.every((v) => v.startsWith('['))) return `\`${grow[1]}\` grows every time line ${s.line} runs`;
  }
  return null;
}

/** Iterations of a loop in one test (the loop's function must run once: "the loop runs 3 times" is per call). */
export function countIterations(facts: TraceFacts, ti: number, loop: LoopShape): Counted {
  const problem = testProblem(facts, ti);
  if (problem) return { unknown: problem };
  const shape = shapeOf(facts);
  const header = shape.stmts[loop.stmt]!;
  if (loop.func === null) return { unknown: 'the loop is not inside a function the test calls' };
  if (header.inlineBody) return { unknown: 'the loop and its body share one line' };
  // A NExT rendering moves a continued line's entries to the line that ends the statement.
  if (header.endLine !== header.line) return { unknown: 'the loop header spans several lines' };
  if (shape.funcs.find((f) => f.name === loop.func)?.generator) return { unknown: `\`${loop.func}\` is a generator: its passes interleave with its caller's` };
  if (loop.nested) return { unknown: 'the loop is inside another loop: per pass or in total?' };
  const calls = countCalls(facts, ti, loop.func!);
  if ('unknown' in calls) return calls;
  if (calls.exact === null) return { unknown: calls.why! };
  if (calls.exact !== 1) return { unknown: `\`${loop.func}\` is called ${calls.exact} times in this test: the loop runs once per call` };
  const index = indexOf(facts, ti);
  const runsOf = (line: number) => index.runs.get(line) ?? [];
  // Lower bound: each recorded run of the `for` line, or of a statement every pass runs, is one iteration.
  const prefix = unconditionalPrefix(shape, loop.stmt).filter((s) => s.line === s.endLine);
  const passesOf = (line: number) => index.passes.get(line) ?? [];
  let best = loop.kind === 'for' ? passesOf(loop.line) : [];
  for (const s of prefix) if (runsOf(s.line).length > best.length) best = runsOf(s.line);
  const lower: Count = { atLeast: best.length, exact: null, steps: at(ti, best) };
  const t = facts.tests[ti]!;
  // An elided line anywhere in the function may hide the loop variable's earlier value, or passes.
  if (shape.stmts.some((o) => o.func === header.func && t.elidedLines.has(o.line))) return { ...lower, why: 'the trace elides some entries of this function ("...")' };
  if (index.raised) return { ...lower, why: 'the program raised an exception in this test' };
  const finished = !loop.body.some((b) => /^(?:break|return|raise)\b/.test(shape.stmts[b]!.code));
  // A `for` over range()/enumerate(): the loop variable takes a new value on every pass, so every pass leaves an entry.
  if (loop.kind === 'for' && loop.target && loop.iterable && /^(?:range|enumerate|reversed\s*\(\s*range)\s*\(/.test(loop.iterable)) {
    const name = /^enumerate/.test(loop.iterable) ? /^\(?\s*([A-Za-z_]\w*)\s*,/.exec(loop.target)?.[1] : /^[A-Za-z_]\w*$/.exec(loop.target)?.[0];
    const headerRuns = passesOf(loop.line);
    const first = headerRuns[0] ?? Infinity;
    // The variable must be unbound when the loop starts (else its first value may repeat the old one) and the body must not rebind it.
    const boundBefore = name !== undefined && t.events.some((e) => e.step < first && e.func === loop.func && e.changed && name in e.changed);
    if (name && !/^__\w*__$/.test(name) && !boundBefore && !loop.body.some((b) => mayAssign(shape.stmts[b]!.code, name))) {
      return { atLeast: headerRuns.length, exact: headerRuns.length, how: `\`${name}\` takes a new value on every pass, and each leaves an entry on line ${loop.line}`, steps: at(ti, headerRuns), finished };
    }
  }
  for (const s of prefix) {
    const how = selfRecording(facts, ti, shape, s);
    if (how) return { atLeast: runsOf(s.line).length, exact: runsOf(s.line).length, how: `${how}, once per pass`, steps: at(ti, runsOf(s.line)), finished };
  }
  const known = knownLength(facts, ti, loop, passesOf(loop.line)[0] ?? Infinity);
  if (known) {
    // With no pass recorded the loop may not even have been reached (an early return): only an empty list says 0.
    const exact = (finished && passesOf(loop.line).length > 0) || known.length === lower.atLeast;
    if (exact) return { ...lower, exact: known.length, how: `it goes through \`${known.name}\`, which holds ${plural(known.length, 'item')} (${known.raw.length > 40 ? `${known.raw.slice(0, 40)}…` : known.raw})${finished ? '' : ` and the trace records as many passes`}`, finished };
    return { ...lower, atMost: known.length, why: `\`${known.name}\` holds ${plural(known.length, 'item')} and the loop may stop early; a pass that changes no variable leaves no entry in the trace` };
  }
  return { ...lower, why: 'a pass that changes no variable leaves no entry in the trace' };
}

/** Why a statement cannot have run: its function is never called, or an enclosing loop makes no pass. */
function neverRuns(facts: TraceFacts, ti: number, shape: CodeShape, s: Stmt): string | null {
  const func = shape.funcs.find((f) => f.stmt === s.func);
  if (func) {
    const calls = countCalls(facts, ti, func.name);
    if (!('unknown' in calls) && calls.exact === 0) return `\`${func.name}\` is never called in this test`;
  }
  for (let p = s.parent; p >= 0 && p !== s.func; p = shape.stmts[p]!.parent) {
    const loop = shape.loops.find((l) => l.stmt === p);
    if (!loop) continue;
    const it = countIterations(facts, ti, loop);
    if (!('unknown' in it) && it.exact === 0) return `the loop on line ${loop.line} makes no pass`;
  }
  return null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `for x in xs:` where the trace shows `xs` (a literal of known length) before
 * the first pass and never again in the call (so the loop did not change it):
 * the loop makes at most that many passes, exactly that many when it cannot
 * stop early.
 */
function knownLength(facts: TraceFacts, ti: number, loop: LoopShape, firstPass: number): { name: string; length: number; raw: string } | null {
  const name = loop.kind === 'for' ? /^(?:enumerate\s*\(\s*)?([A-Za-z_]\w*)\s*\)?$/.exec(loop.iterable ?? '')?.[1] : undefined;
  if (!name || (loop.iterable!.startsWith('enumerate') !== loop.iterable!.endsWith(')'))) return null;
  const seen = facts.tests[ti]!.events.filter((e) => e.func === loop.func && e.changed && name in e.changed);
  const last = seen[seen.length - 1];
  if (!last || last.truncated?.includes(name)) return null;
  // Seen again once the loop started (or, with no pass, seen more than once): it may have changed under the loop.
  if (firstPass === Infinity ? seen.length !== 1 : last.step > firstPass) return null;
  const raw = last.changed[name]!;
  const length = iterationLength(raw);
  return length === null ? null : { name, length, raw };
}

/** Runs of one line in one test. */
export function countLine(facts: TraceFacts, ti: number, line: number): Counted {
  const problem = testProblem(facts, ti);
  if (problem) return { unknown: problem };
  const shape = shapeOf(facts);
  const si = shape.stmtAt.get(line);
  const s = si === undefined ? undefined : shape.stmts[si];
  if (!s) return { unknown: line > facts.codeLineCount ? `the traced program has ${facts.codeLineCount} lines` : `line ${line} holds no statement` };
  if (s.line !== line || s.endLine !== line) return { unknown: `line ${line} is part of a statement over several lines` };
  if (/^(?:async\s+)?def\b|^class\b/.test(s.code)) return { unknown: `line ${line} is a definition: the trace shows calls on it, not runs` };
  const index = indexOf(facts, ti);
  const header = shape.loops.find((l) => l.stmt === s.index);
  // A header's entries are passes, save a `return` or exception reported on it after the last one (and a `while`
  // condition with a side effect, whose last entry may be the check that ended the loop): "runs 3 times" may mean the passes.
  const headerPasses = header ? Math.max(0, (index.passes.get(line) ?? []).length - (header.kind === 'while' ? 1 : 0)) : 0;
  const steps = index.runs.get(line) ?? [];
  const lower: Count = { atLeast: header ? headerPasses : steps.length, exact: null, steps: at(ti, steps), why: 'a run that changes no variable leaves no entry in the trace' };
  if (shape.funcs.find((f) => f.stmt === s.func)?.generator) return { ...lower, why: 'it is in a generator, whose runs interleave with its caller' };
  if (facts.tests[ti]!.elidedLines.has(line)) return { ...lower, why: 'the trace elides some of its entries ("...")' };
  const own = selfRecording(facts, ti, shape, s);
  if (own && !index.raised) return { ...lower, exact: steps.length, how: own, why: undefined };
  if (index.raised) return { ...lower, why: 'the program raised an exception in this test' };
  const never = neverRuns(facts, ti, shape, s);
  if (never) return { ...lower, exact: 0, how: never, why: undefined };
  // A loop's header, or a statement every pass of an exactly counted loop runs.
  const loop = header ?? shape.loops.find((l) => unconditionalPrefix(shape, l.stmt).some((p) => p.index === s.index));
  if (loop) {
    const it = countIterations(facts, ti, loop);
    if ('unknown' in it || it.exact === null) return lower;
    if (loop.stmt === s.index) return { ...it, header: loop.line };
    return { atLeast: it.exact, exact: it.exact, how: `it runs once per pass of the loop on line ${loop.line}, which makes ${it.exact} (${it.how})`, steps: it.steps };
  }
  // A statement at the top of a function body runs once per call.
  const func = shape.funcs.find((f) => f.stmt === s.func);
  if (func && s.parent === func.stmt && unconditionalPrefix(shape, func.stmt).some((p) => p.index === s.index)) {
    const calls = countCalls(facts, ti, func.name);
    if (!('unknown' in calls) && calls.exact !== null) return { ...lower, exact: calls.exact, how: `it runs once per call of \`${func.name}\`, which is called ${calls.exact} times`, why: undefined };
  }
  return lower;
}
