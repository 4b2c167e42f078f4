import type { Sample, TestResult } from '../dataset/types';
import { parseNextInline } from '../trace/next';
import type { StructuredTrace, TestTrace } from '../trace/types';
import { sanitizeTrace } from './sanitizeTrace';

/**
 * What the sample view shows, derived once per record so that components
 * never parse: the program, its structured trace (parsed from the inline
 * NExT string when that is what the record has), one row per test, and a
 * plain list of what is missing.
 */
export interface TestRow {
  source: string;
  /** Index into `trace.tests`, or null when this test has no trace. */
  traceIndex: number | null;
  /** The buggy program on this test, from its trace. */
  trace: TestTrace | null;
  /** The fix's result on this test (`test_results`). */
  fix: TestResult | null;
}

export interface SampleModel {
  /** The program the trace and the code pane show (line numbers refer to it). */
  program: string;
  /**
   * Where it came from: the trace's own code, the task's buggy code, or — for
   * benchmark records such as MBPP that carry no buggy code — the reference solution.
   */
  programSource: 'trace' | 'buggy' | 'reference' | null;
  /** The record's inline NExT string, when the trace came as one. */
  inline: string | null;
  trace: StructuredTrace | null;
  traceWarnings: string[];
  tests: TestRow[];
  rationale: string;
  fixedCode: string | null;
  /** "no trace", "no rationale", ...: said plainly in the panes. */
  missing: Array<'program' | 'trace' | 'rationale' | 'tests' | 'fix'>;
}

const norm = (s: string) => s.replace(/\s+/g, '');
const MAX_WARNINGS = 200;

/** Keeps the first warnings and counts the rest: a badly broken trace can warn on every line. */
function addWarnings(into: string[], more: readonly string[]) {
  for (const w of more) {
    if (into.length < MAX_WARNINGS) into.push(w);
    else if (into.length === MAX_WARNINGS) into.push('… more problems not listed');
    else break;
  }
}

export function buildSampleModel(sample: Sample): SampleModel {
  let trace: StructuredTrace | null = null;
  let inline: string | null = null;
  const traceWarnings: string[] = [];
  if (typeof sample.trace === 'string' && sample.trace.trim() !== '') {
    inline = sample.trace;
    const parsed = parseNextInline(sample.trace);
    addWarnings(traceWarnings, parsed.warnings);
    if (parsed.tests.some((t) => t.events.length > 0)) trace = parsed;
  } else if (sample.trace && typeof sample.trace === 'object') {
    const clean = sanitizeTrace(sample.trace);
    trace = clean.trace;
    addWarnings(traceWarnings, clean.warnings);
    if (Array.isArray(trace?.warnings)) addWarnings(traceWarnings, trace!.warnings.map(String));
  }
  // Records are untrusted: fields of the wrong type count as absent.
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const task = sample.task && typeof sample.task === 'object' ? sample.task : undefined;
  const buggy = str(task?.buggy_code);
  const reference = str(task?.reference_code);
  const programSource: SampleModel['programSource'] = trace?.code ? 'trace' : buggy ? 'buggy' : reference ? 'reference' : null;
  const program = programSource === 'trace' ? trace!.code : (buggy ?? reference ?? '');
  const taskTests = Array.isArray(task?.tests) ? task.tests.filter((t): t is string => typeof t === 'string') : [];
  const tests: TestRow[] = [];
  const taken = new Set<number>();
  const results = Array.isArray(sample.test_results) ? sample.test_results.filter((r) => r && typeof r === 'object' && typeof r.test === 'string') : [];
  const fixFor = (source: string) => results.find((r) => norm(r.test) === norm(source)) ?? null;
  for (const source of taskTests) {
    const ti = trace ? trace.tests.findIndex((t, i) => !taken.has(i) && norm(t.test) === norm(source)) : -1;
    if (ti >= 0) taken.add(ti);
    tests.push({ source, traceIndex: ti >= 0 ? ti : null, trace: ti >= 0 ? trace!.tests[ti]! : null, fix: fixFor(source) });
  }
  trace?.tests.forEach((t, i) => {
    if (!taken.has(i)) tests.push({ source: t.test || '(test)', traceIndex: i, trace: t, fix: fixFor(t.test) });
  });
  for (const r of results) if (!tests.some((t) => t.fix === r)) tests.push({ source: r.test, traceIndex: null, trace: null, fix: r });
  const rationale = typeof sample.rationale === 'string' ? sample.rationale : '';
  const fixedCode = typeof sample.fixed_code === 'string' && sample.fixed_code.trim() !== '' ? sample.fixed_code : null;
  const missing: SampleModel['missing'] = [];
  if (!program.trim()) missing.push('program');
  if (!trace) missing.push('trace');
  if (!rationale.trim()) missing.push('rationale');
  if (tests.length === 0) missing.push('tests');
  if (!fixedCode) missing.push('fix');
  return { program, programSource, inline, trace, traceWarnings, tests, rationale, fixedCode, missing };
}

/** The index of the trace test to show for a chosen test row (falling back to the first traced test). */
export function traceIndexFor(model: SampleModel, row: number): number | null {
  const chosen = model.tests[row]?.traceIndex;
  if (chosen !== null && chosen !== undefined) return chosen;
  return model.trace && model.trace.tests.length > 0 ? 0 : null;
}
