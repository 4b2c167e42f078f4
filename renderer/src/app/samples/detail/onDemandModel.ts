import type { TraceRunResult } from '../../../../../shared/contract';
import type { TraceJob } from '../../../../../shared/trace/onDemand';

/** Which program a "Run & trace" job ran. */
export type JobLabel = TraceJob['label'];

export type JobState = { state: 'running' } | { state: 'done'; result: TraceRunResult } | { state: 'error'; message: string };

/** The on-demand traces of one sample (by content hash). */
export interface SampleRuns {
  /** True while the backend's cache is asked for earlier results. */
  checking: boolean;
  jobs: Partial<Record<JobLabel, JobState>>;
}

export const PROGRAM_NAMES: Record<JobLabel, string> = { buggy: 'Buggy program', fixed: 'Model’s fix', reference: 'Reference solution' };

/** What `trace:run` / `trace:cached` get for a job: the contract's bounds applied. */
export function runArgs(job: TraceJob) {
  return {
    code: job.code,
    tests: job.tests.slice(0, 50),
    ...(job.entry_point && /^[A-Za-z_][A-Za-z0-9_.]*$/.test(job.entry_point) ? { entry_point: job.entry_point } : {}),
    ...(job.setup ? { setup: job.setup } : {}),
  };
}

/**
 * The job whose trace the timeline shows: the chosen one (the view state's
 * `program`) once it has a result, else the first finished one in the jobs'
 * order (buggy first).
 */
export function shownJob(runs: SampleRuns | undefined, jobs: readonly TraceJob[], chosen: JobLabel | null = null): { job: TraceJob; result: TraceRunResult } | null {
  if (!runs) return null;
  const done = (job: TraceJob) => {
    const s = runs.jobs[job.label];
    return s?.state === 'done' ? { job, result: s.result } : null;
  };
  const wanted = jobs.find((j) => j.label === chosen);
  return (wanted && done(wanted)) ?? jobs.map(done).find((x) => x !== null) ?? null;
}

/** `2/3 tests pass`, or what stopped it. */
export function resultSummary(state: JobState | undefined): string {
  if (!state) return 'not run';
  if (state.state === 'running') return 'tracing…';
  if (state.state === 'error') return 'failed to run';
  const tests = state.result.tests;
  const passed = tests.filter((t) => t.passed).length;
  return `${passed}/${tests.length} test${tests.length === 1 ? '' : 's'} pass`;
}

/** "the buggy program and the model's fix on 3 tests": what the button will run. */
export function jobsDescription(jobs: readonly TraceJob[]): string {
  const names = jobs.map((j) => `the ${PROGRAM_NAMES[j.label].replace(/^./, (c) => c.toLowerCase())}`);
  const what = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  const tests = jobs[0]?.tests.length ?? 0;
  return `${what} on ${tests} test${tests === 1 ? '' : 's'}`;
}

/**
 * Outcome lines a researcher needs when the run did not give a normal trace
 * (timeouts, syntax errors, limits); one line for tests that ended alike.
 */
export function outcomeMessages(result: TraceRunResult): string[] {
  const byText = new Map<string, string[]>();
  for (const t of result.tests) {
    if (t.outcome === 'ok' || t.outcome === 'failed') continue;
    const what = t.message ?? t.outcome;
    const exception = t.exception && !what.includes(t.exception.type) ? ` (${t.exception.type}${t.exception.message ? `: ${t.exception.message}` : ''})` : '';
    const text = what + exception;
    byText.set(text, [...(byText.get(text) ?? []), lastLine(t.test) || 'program']);
  }
  return [...byText].map(([text, tests]) => `${tests.length > 1 ? `${tests.length} tests` : tests[0]}: ${text}`);
}

// A test with MBPP set-up code before it is named by its assert.
const lastLine = (test: string) => test.trimEnd().split('\n').at(-1) ?? '';
