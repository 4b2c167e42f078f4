import { describe, expect, it } from 'vitest';
import type { TraceRunResult } from '../../../../../shared/contract';
import type { TraceJob } from '../../../../../shared/trace/onDemand';
import { jobsDescription, outcomeMessages, resultSummary, runArgs, shownJob, type SampleRuns } from './onDemandModel';

const job = (label: TraceJob['label']): TraceJob => ({ label, code: `# ${label}`, tests: ['assert f(1) == 1', 'assert f(2) == 2'] });
const result = (passed: boolean[], extra: Partial<TraceRunResult['tests'][number]> = {}): TraceRunResult => ({
  format: 'tracelens.trace/v1',
  code: '',
  tests: passed.map((p) => ({ test: 'x = 1\nassert f(1) == 1', outcome: p ? 'ok' : 'failed', passed: p, events: [], truncated: false, stdout: '', ...extra })),
  durationMs: 1,
  cached: false,
  python: 'python3',
});

describe('Run & trace model', () => {
  const jobs = [job('buggy'), job('fixed')];

  it('shows the chosen program once it is traced, else the first traced one', () => {
    const runs: SampleRuns = { checking: false, jobs: { buggy: { state: 'running' }, fixed: { state: 'done', result: result([true]) } } };
    expect(shownJob(runs, jobs, 'buggy')?.job.label).toBe('fixed');
    runs.jobs.buggy = { state: 'done', result: result([false]) };
    expect(shownJob(runs, jobs, 'buggy')?.job.label).toBe('buggy');
    expect(shownJob(runs, jobs, 'fixed')?.job.label).toBe('fixed');
    expect(shownJob(runs, jobs)?.job.label).toBe('buggy');
    // A program the sample has no job for (a link's `prog=reference`, the fix in blind mode) falls back.
    expect(shownJob(runs, jobs, 'reference')?.job.label).toBe('buggy');
    expect(shownJob({ checking: false, jobs: {} }, jobs, 'fixed')).toBeNull();
  });

  it('says what will run and how each run went', () => {
    expect(jobsDescription(jobs)).toBe('the buggy program and the model’s fix on 2 tests');
    expect(jobsDescription([job('reference')])).toBe('the reference solution on 2 tests');
    expect(resultSummary({ state: 'done', result: result([true, false, true]) })).toBe('2/3 tests pass');
    expect(resultSummary({ state: 'error', message: 'no python' })).toBe('failed to run');
  });

  it('names a test by its assert when set-up lines precede it, and lists only unusual endings', () => {
    expect(outcomeMessages(result([false], { outcome: 'step-limit', message: 'Stopped after 10000 steps' }))).toEqual(['assert f(1) == 1: Stopped after 10000 steps']);
    expect(outcomeMessages(result([true, false]))).toEqual([]);
    const broken = result([false, false], { outcome: 'syntax-error', message: 'The program does not compile: SyntaxError: invalid syntax (line 9)', exception: { type: 'SyntaxError', message: 'invalid syntax' } });
    expect(outcomeMessages(broken)).toEqual(['2 tests: The program does not compile: SyntaxError: invalid syntax (line 9)']);
  });

  it('keeps requests within the contract: at most 50 tests, a valid entry point or none', () => {
    const many = { ...job('buggy'), tests: Array.from({ length: 60 }, (_, i) => `assert ${i}`), entry_point: 'not valid!' };
    const args = runArgs(many);
    expect(args.tests).toHaveLength(50);
    expect('entry_point' in args).toBe(false);
  });
});
