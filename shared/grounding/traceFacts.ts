import type { TestStep } from '../trace/cursor/tests';
import type { StructuredTrace, TestTrace, TraceEvent } from '../trace/types';
import { canonicalValue } from './pyValue';

/** One value a variable (or `__return__`) took at one step. */
export interface Sighting {
  readonly raw: string;
  /** Canonical literal form (see pyValue), null when the repr is not a plain literal. */
  readonly canon: string | null;
  readonly step: number;
  readonly line: number;
  readonly test: number;
  /** The repr was cut by the tracer: it cannot contradict anything. */
  readonly truncated: boolean;
}

/** Canonicalised on first use: a 100,000-event trace is indexed at once, but only the claimed variables are compared. */
class LazySighting implements Sighting {
  private c: string | null | undefined;
  constructor(
    readonly raw: string,
    readonly step: number,
    readonly line: number,
    readonly test: number,
    readonly truncated: boolean,
  ) {}
  get canon(): string | null {
    if (this.c === undefined) this.c = canonicalValue(this.raw);
    return this.c;
  }
}

export interface TestFacts {
  source: string;
  passed: boolean;
  /** The outermost return of the function under test (the last return of the test). */
  finalReturn: Sighting | null;
  exception?: { type: string; message: string };
  /** The test's events (shared with the trace, not copied): count claims walk them. */
  events: readonly TraceEvent[];
  /** Why this test's trace ended early (step cap, time, memory, output), or null: its counts are then unknown. */
  cut: string | null;
  /** Lines whose NExT comment elides entries (`...`): their number of runs is unknown. */
  elidedLines: ReadonlySet<number>;
}

/** What the checker needs from a trace, indexed once per sample. */
export interface TraceFacts {
  vars: Map<string, Sighting[]>;
  returns: Sighting[];
  tests: TestFacts[];
  exceptionTypes: Set<string>;
  /** Exception type → lines where the trace shows it (raise site and the frames it passes through). */
  exceptionLines: Map<string, Set<number>>;
  /** line → steps at which it ran (with their test), in order. */
  lines: Map<number, TestStep[]>;
  /** Variables with entries elided (`...`) in the NExT inline string: missing values are possible. */
  elided: Set<string>;
  /** The step cap cut the trace, or the parser warned: missing values are possible. */
  incomplete: boolean;
  codeLineCount: number;
  /** The traced program (count claims read its loops and functions). */
  code: string;
}

const NON_FUNCTION = new Set(['<test>', '<module>']);
const NO_NAMES: ReadonlySet<string> = new Set();

function pushSighting(map: Map<string, Sighting[]>, name: string, s: Sighting) {
  let list = map.get(name);
  if (!list) map.set(name, (list = []));
  list.push(s);
}

function cutReason(t: TestTrace): string | null {
  if (t.truncated || t.outcome === 'step-limit') return 'the step limit cut its trace';
  if (t.outcome === 'timeout' || t.outcome === 'memory' || t.outcome === 'output-limit') return `it hit the ${t.outcome === 'output-limit' ? 'output' : t.outcome} limit`;
  if (t.outcome === 'error' || t.outcome === 'syntax-error') return 'it did not run';
  return null;
}

export function buildTraceFacts(trace: StructuredTrace, elidedFromInline: Set<string> = new Set()): TraceFacts {
  const elided = new Set(elidedFromInline);
  const vars = new Map<string, Sighting[]>();
  const returns: Sighting[] = [];
  const tests: TestFacts[] = [];
  const exceptionTypes = new Set<string>();
  const exceptionLines = new Map<string, Set<number>>();
  const sawException = (type: string, line: number | null) => {
    exceptionTypes.add(type);
    if (line === null) return;
    const set = exceptionLines.get(type) ?? new Set<number>();
    set.add(line);
    exceptionLines.set(type, set);
  };
  const lines = new Map<number, TestStep[]>();
  let incomplete = false;

  trace.tests.forEach((t, ti) => {
    const cut = cutReason(t);
    if (cut && t.outcome !== 'error' && t.outcome !== 'syntax-error') incomplete = true;
    let finalReturn: Sighting | null = null;
    // Lines whose NExT comment had `...`: what they changed may have taken values not shown.
    const elidedLines = new Set(t.elidedLines ?? []);
    for (const e of t.events) {
      if (elidedLines.has(e.line)) {
        for (const name of Object.keys(e.changed ?? {})) elided.add(name);
        if (e.kind === 'return') elided.add('__return__');
      }
      const steps = lines.get(e.line) ?? [];
      const last = steps[steps.length - 1];
      if (last?.step !== e.step || last.test !== ti) steps.push({ test: ti, step: e.step });
      lines.set(e.line, steps);
      const truncated = e.truncated && e.truncated.length > 0 ? new Set(e.truncated) : NO_NAMES;
      for (const [name, raw] of Object.entries(e.changed ?? {})) {
        const s: Sighting = new LazySighting(raw, e.step, e.line, ti, truncated.has(name));
        if (name === '__return__') {
          returns.push(s);
          if (!NON_FUNCTION.has(e.func ?? '')) finalReturn = s;
        } else if (name === '__exception__') {
          const type = /^\s*([A-Za-z_][\w.]*)/.exec(raw)?.[1];
          if (type) sawException(type, e.line);
        } else {
          pushSighting(vars, name, s);
        }
      }
      if (e.kind === 'return' && e.returnValue !== undefined && !('__return__' in (e.changed ?? {}))) {
        const s: Sighting = new LazySighting(e.returnValue, e.step, e.line, ti, false);
        returns.push(s);
        if (!NON_FUNCTION.has(e.func ?? '')) finalReturn = s;
      }
      if (e.exception) sawException(e.exception.type, e.line);
    }
    if (t.exception) sawException(t.exception.type, null);
    tests.push({ source: t.test, passed: t.passed, finalReturn, exception: t.exception, events: t.events, cut, elidedLines });
  });
  if (trace.warnings && trace.warnings.length > 0) incomplete = true;
  return { vars, returns, tests, exceptionTypes, exceptionLines, lines, elided, incomplete, codeLineCount: trace.code.split('\n').length, code: trace.code };
}

/**
 * Names whose entries a NExT inline string elides: on a line such as
 * `total += i  # (3) total=0; (5) total=1; ...; (11) total=10` the values
 * between (5) and (11) are not shown, so "total is 3" cannot be contradicted.
 */
export function elidedNames(inline: string): Set<string> {
  const names = new Set<string>();
  for (const line of inline.split('\n')) {
    const hash = line.search(/#\s*\(\d+\)/);
    if (hash < 0) continue;
    const comment = line.slice(hash);
    if (!/(^|;)\s*\.\.\.\s*(;|$)|\.\.\.\s*;/.test(comment)) continue;
    for (const m of comment.matchAll(/\(\d+\)\s*([A-Za-z_]\w*)\s*=/g)) names.add(m[1]!);
  }
  return names;
}
