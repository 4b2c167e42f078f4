import { diffLines } from 'diff';
import type { StructuredTrace, TestTrace, TraceOutcome } from '../../shared/trace/types';

/**
 * Facts a rationale can state about a buggy program, all read from its real
 * trace: what the failing assertion got and expected, where an exception
 * was raised, and what values variables took at which step and line.
 */
export interface FailingFact {
  /** 0-based index of the first failing test. */
  index: number;
  test: string;
  /** How the test ended (`failed`, `exception`, `step-limit`, ...). */
  outcome: TraceOutcome;
  /** The right-hand side of `assert call == expected` (or `None` for `is None`). */
  expected: string | null;
  /** The repr the entry point returned in that test, when it returned. */
  actual: string | null;
  exception: { type: string; message: string } | null;
  /** Line of the traced program where the exception was raised. */
  exceptionLine: number | null;
}

export interface VariableFact {
  name: string;
  /** True for the arguments bound on the `def` line (the call event). */
  argument: boolean;
  value: string;
  step: number;
  line: number;
}

export interface TraceFacts {
  failing: FailingFact | null;
  /** Assignments inside the entry point during the failing test, in step order. */
  variables: VariableFact[];
  /** What the entry point returned in the other tests: believable wrong values. */
  otherReturns: string[];
  /**
   * Every value each variable takes and every value returned, over all tests:
   * a deliberately wrong claim avoids them, so that it is wrong whichever
   * test or step a reader (or the grounding check) compares it with.
   */
  taken: { values: Map<string, Set<string>>; returns: Set<string> };
}

/** `assert f(x) == 6` → `6`; `assert f(x) is None` → `None`; else null. */
export function expectedOf(test: string): string | null {
  const eq = /^assert\s+.+\s==\s(.+)$/.exec(test.trim());
  if (eq) return eq[1].trim();
  const is = /^assert\s+.+\sis\s(None|True|False)$/.exec(test.trim());
  return is ? is[1] : null;
}

/** The call under test: `assert f(x) == 6` → `f(x)`. */
export function callOf(test: string): string {
  const m = /^assert\s+(.+)\s(?:==|is)\s.+$/.exec(test.trim());
  return m ? m[1].trim() : test.replace(/^assert\s+/, '');
}

function inEntry(t: TestTrace, entryPoint: string) {
  return t.events.filter((e) => e.func === entryPoint);
}

function takenValues(trace: StructuredTrace, entryPoint: string): TraceFacts['taken'] {
  const values = new Map<string, Set<string>>();
  const returns = new Set<string>();
  for (const t of trace.tests) {
    for (const e of inEntry(t, entryPoint)) {
      for (const [name, value] of Object.entries(e.changed)) {
        if (!values.has(name)) values.set(name, new Set());
        values.get(name)!.add(value);
      }
      if (e.returnValue !== undefined) returns.add(e.returnValue);
    }
  }
  return { values, returns };
}

export function extractFacts(trace: StructuredTrace, entryPoint: string): TraceFacts {
  const index = trace.tests.findIndex((t) => !t.passed);
  const taken = takenValues(trace, entryPoint);
  if (index < 0) return { failing: null, variables: [], otherReturns: [], taken };
  const t = trace.tests[index];
  const events = inEntry(t, entryPoint);
  // The outermost call returns last, so the final return is the test's value.
  const returns = events.filter((e) => e.kind === 'return' && e.returnValue !== undefined && !e.exception);
  const raised = events.find((e) => e.kind === 'exception');
  const exception = t.exception && t.exception.type !== 'AssertionError' ? t.exception : null;
  const variables: VariableFact[] = [];
  for (const e of events) {
    if (e.kind !== 'line' && e.kind !== 'call') continue;
    for (const [name, value] of Object.entries(e.changed)) {
      if (name.startsWith('__') || e.truncated?.includes(name)) continue;
      variables.push({ name, argument: e.kind === 'call', value, step: e.step, line: e.line });
    }
  }
  return {
    failing: {
      index,
      test: t.test,
      outcome: t.outcome,
      expected: expectedOf(t.test),
      actual: exception ? null : (returns.at(-1)?.returnValue ?? null),
      exception,
      exceptionLine: exception ? (raised?.line ?? null) : null,
    },
    variables,
    otherReturns: trace.tests
      .filter((_, i) => i !== index)
      .flatMap((o) => inEntry(o, entryPoint).filter((e) => e.kind === 'return' && e.returnValue !== undefined).slice(-1))
      .map((e) => e.returnValue!),
    taken,
  };
}

/** One hunk of a fix: lines of the old program replaced by new ones. */
export interface LineEdit {
  /** 1-based line in the old program where the hunk starts (for a pure insertion: the line it goes before). */
  line: number;
  before: string[];
  after: string[];
}

function linesOf(value: string): string[] {
  return value.replace(/\n$/, '').split('\n');
}

/** The hunks that turn `before` into `after`, via jsdiff's line diff. */
export function lineEdits(before: string, after: string): LineEdit[] {
  const edits: LineEdit[] = [];
  let line = 1;
  let open: LineEdit | null = null;
  for (const change of diffLines(before, after)) {
    const lines = linesOf(change.value);
    if (!change.added && !change.removed) {
      open = null;
      line += lines.length;
      continue;
    }
    if (!open) {
      open = { line, before: [], after: [] };
      edits.push(open);
    }
    if (change.removed) {
      open.before.push(...lines);
      line += lines.length;
    } else {
      open.after.push(...lines);
    }
  }
  return edits;
}
