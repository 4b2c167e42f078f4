import type { Sample } from '../../dataset/types';
import { scanTopLevel } from '../next/scan';
import { examplesFromDescription, LEETCODE_SETUP, leetCodeTests } from './leetcode';

/** One `trace:run` to make for a sample. */
export interface TraceJob {
  /** Which code: the buggy program, the model's fix, or the dataset's reference solution. */
  label: 'buggy' | 'fixed' | 'reference';
  code: string;
  tests: string[];
  entry_point?: string;
  setup?: string;
}

export interface SampleTraceJobs {
  jobs: TraceJob[];
  /** Why nothing (or less than expected) can be traced. */
  reason?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * What "Run & trace" runs for a sample without a trace: its buggy code and
 * its fix (or the reference solution when the dataset has no buggy code,
 * as in MBPP and HumanEval) against its tests. DebugBench has no tests, so
 * asserts are derived from the examples of its description.
 */
export function traceJobsForSample(sample: Sample): SampleTraceJobs {
  const task = sample.task ?? {};
  const meta = sample.meta ?? {};
  // MBPP's test_setup_code builds test inputs from the program's classes (`root = Node(1)`), so it
  // runs after the program: as the first lines of each test, where the trace shows what it built.
  const testSetup = text(meta.test_setup_code)?.replace(/\s+$/, '');
  let tests = humanEvalWholeCheck(sample) ?? (task.tests ?? []).filter((t) => typeof t === 'string' && t.trim()).map((t) => (testSetup ? `${testSetup}\n${t}` : t));
  const setups: Array<string | undefined> = [];
  let reason: string | undefined;
  const anyCode = text(task.buggy_code) ?? text(sample.fixed_code) ?? text(task.reference_code);
  if (!tests.length && anyCode && /^class Solution\b/m.test(anyCode)) {
    const derived = leetCodeTests(anyCode, examplesFromDescription(task.description ?? ''));
    if (derived.ok) {
      tests = derived.tests;
      setups.push(LEETCODE_SETUP);
    } else reason = `No tests: ${derived.reason}`;
  } else if (anyCode && /^class Solution\b/m.test(anyCode)) setups.push(LEETCODE_SETUP);
  if (!tests.length) return { jobs: [], reason: reason ?? 'The sample has no tests to run the code against' };
  const setup = setups.filter(Boolean).join('\n') || undefined;
  const base = { tests, ...(task.entry_point ? { entry_point: task.entry_point } : {}), ...(setup ? { setup } : {}) };
  const jobs: TraceJob[] = [];
  const buggy = text(task.buggy_code);
  const fixed = text(sample.fixed_code);
  const reference = text(task.reference_code);
  if (buggy) jobs.push({ label: 'buggy', code: buggy, ...base });
  if (fixed) jobs.push({ label: 'fixed', code: fixed, ...base });
  if (reference && (!buggy || !fixed)) jobs.push({ label: 'reference', code: reference, ...base });
  return jobs.length ? { jobs, ...(reason ? { reason } : {}) } : { jobs, reason: 'The sample has no code to run' };
}

/**
 * A HumanEval `check(candidate)` that is more than asserts (imports, loops,
 * local variables: HumanEval/32, /44, /151...) cannot be cut into its asserts,
 * which would name variables they no longer have: the whole function runs as
 * one test instead. Null when the sample's task tests can be used as they are.
 */
export function humanEvalWholeCheck(sample: Sample): string[] | null {
  const check = text(sample.meta?.test);
  const entry = text(sample.task?.entry_point);
  if (sample.meta?.source !== 'humaneval' || !check || !entry) return null;
  const lines = check.replace(/\r\n?/g, '\n').split('\n');
  const def = lines.findIndex((l) => /^def check\(/.test(l));
  if (def < 0) return null;
  let statement = '';
  for (const line of lines.slice(def + 1)) {
    if (line.trim() && !/^\s/.test(line)) break; // back at top level: the function ended
    const trimmed = line.trim();
    if (!statement && (!trimmed || trimmed.startsWith('#'))) continue;
    statement = statement ? `${statement}\n${trimmed}` : trimmed;
    if (!scanTopLevel(statement).balanced) continue; // an assert over several lines
    if (!/^assert\b/.test(statement)) return [`${check.trim()}\n${/^check\(/m.test(check) ? '' : `check(${entry})`}`.trimEnd()];
    statement = '';
  }
  return null;
}