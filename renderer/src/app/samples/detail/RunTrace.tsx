import type { TraceJob } from '../../../../../shared/trace/onDemand';
import { jobsDescription, outcomeMessages, PROGRAM_NAMES, resultSummary, shownJob, type JobState } from './onDemandModel';
import { useViewStore } from '../../state/viewStore';
import { useRunTraceStore } from './runTraceStore';

export interface RunTraceProps {
  runKey: string;
  /** What to trace (`traceJobsForSample`): buggy and fixed code, or the reference, with the tests to run. */
  jobs: readonly TraceJob[];
  /** Why there is nothing (or less) to trace. */
  reason?: string | undefined;
}

/**
 * "Run & trace" for a sample without a trace: traces the buggy program and
 * the fix (or the reference solution) in the sandboxed tracer, then lets the
 * user choose which one the timeline shows.
 */
export function RunTrace({ runKey, jobs, reason }: RunTraceProps) {
  const runs = useRunTraceStore((s) => s.runs[runKey]);
  const run = useRunTraceStore((s) => s.run);
  const chosen = useViewStore((s) => s.program);
  const showProgram = useViewStore((s) => s.showProgram);
  const states = jobs.map((job) => runs?.jobs[job.label]);
  const running = states.some((s) => s?.state === 'running');
  const allDone = jobs.length > 0 && states.every((s) => s?.state === 'done');
  const shown = shownJob(runs, jobs, chosen);
  // One line per distinct failure: a missing interpreter fails every job alike.
  const failures = new Map<string, string[]>();
  jobs.forEach((job, i) => {
    const state = states[i];
    if (state?.state === 'error') failures.set(state.message, [...(failures.get(state.message) ?? []), PROGRAM_NAMES[job.label]]);
  });
  const errors = [...failures].map(([message, names]) => (jobs.length > 1 ? `${names.join(', ')}: ${message}` : message));
  const messages = shown ? outcomeMessages(shown.result) : [];
  return (
    <div className="run-trace" data-testid="run-trace">
      {!allDone && (
        <button type="button" data-testid="run-trace-button" disabled={!jobs.length || running} onClick={() => void run(runKey, jobs)} title={jobs.length ? `Trace ${jobsDescription(jobs)} in the sandboxed Python tracer` : undefined}>
          {running ? 'Tracing…' : 'Run & trace'}
        </button>
      )}
      {!jobs.length && <span className="run-trace-note"> Cannot trace: {lowerFirst(reason ?? 'there is nothing to run')}.</span>}
      {jobs.length > 0 && !shown && !running && <span className="run-trace-note"> Traces {jobsDescription(jobs)}{runs?.checking ? ' (looking for earlier traces…)' : ''}.</span>}
      {jobs.length > 0 && reason && <span className="run-trace-note"> {reason}.</span>}
      {shown && (
        <span className="run-trace-choice" role="group" aria-label="Program shown on the timeline" data-testid="trace-choice">
          <span className="run-trace-label">Timeline:</span>
          {jobs.map((job, i) => (
            <button
              key={job.label}
              type="button"
              data-testid={`trace-choice-${job.label}`}
              aria-pressed={shown.job.label === job.label}
              disabled={states[i]?.state !== 'done'}
              className={`run-trace-option ${passMark(states[i])}`}
              onClick={() => showProgram(job.label)}
            >
              {PROGRAM_NAMES[job.label]} <span className="run-trace-summary">· {resultSummary(states[i])}</span>
            </button>
          ))}
          {shown.result.cached && <span className="run-trace-note" data-testid="run-trace-cached"> cached</span>}
        </span>
      )}
      {errors.length > 0 && (
        <p className="error-text" role="alert" data-testid="run-trace-error">
          {errors.join('; ')}
        </p>
      )}
      {messages.length > 0 && (
        <ul className="run-trace-outcomes" data-testid="run-trace-outcomes">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const passMark = (state: JobState | undefined) => (state?.state !== 'done' ? '' : state.result.tests.every((t) => t.passed) ? 'is-pass' : 'is-fail');
const lowerFirst = (text: string) => text.replace(/^./, (c) => c.toLowerCase());
