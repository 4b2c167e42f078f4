import { useEffect, useMemo } from 'react';
import type { SampleDetail, TraceRunResult } from '../../../../../shared/contract';
import type { Sample } from '../../../../../shared/dataset/types';
import { groundWithFacts } from '../../../../../shared/grounding/ground';
import { buildTraceFacts, elidedNames, type TraceFacts } from '../../../../../shared/grounding/traceFacts';
import type { GroundingSummary } from '../../../../../shared/grounding/types';
import { traceJobsForSample, type SampleTraceJobs, type TraceJob } from '../../../../../shared/trace/onDemand';
import type { StructuredTrace } from '../../../../../shared/trace/types';
import { buildSampleModel, type SampleModel } from '../../../../../shared/view/sampleModel';
import { shownJob, type JobLabel } from './onDemandModel';
import { useViewStore } from '../../state/viewStore';
import { useRunTraceStore } from './runTraceStore';

/** "Run & trace" for a sample without a trace of its own. */
export interface OnDemandView extends SampleTraceJobs {
  runKey: string;
  /** The program whose trace the timeline shows, once one is traced. */
  shown: JobLabel | null;
}

export interface SampleView {
  model: SampleModel;
  grounding: GroundingSummary;
  facts: TraceFacts | null;
  /** Null when the record has its own trace. */
  onDemand: OnDemandView | null;
  /** The program the code pane shows: the buggy one, the fix or the reference solution (null when the record's trace says). */
  shownProgram: JobLabel | null;
  /** What the fix is compared with: the record's buggy program, whatever the timeline shows. */
  fixBase: string;
  /**
   * Set while the timeline shows another program (the fix, the reference)
   * than the one the rationale was checked against: its claims' steps and
   * lines belong to this program's trace.
   */
  claimsOn: { program: JobLabel; trace: StructuredTrace } | null;
}

const hasOwnTrace = (sample: Sample) => sample.trace !== undefined && sample.trace !== null && sample.trace !== '';
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/** The record with an on-demand trace in place of its missing one; the tests are the ones traced (MBPP set-up, LeetCode examples). */
function withTrace(sample: Sample, job: TraceJob, result: TraceRunResult): Sample {
  return { ...sample, trace: result, task: { ...(sample.task ?? {}), tests: job.tests } };
}

/** What "Run & trace" offers; blind mode leaves out the fix, whose trace would tell whether it passes. */
function onDemandJobs(sample: Sample, blind: boolean): SampleTraceJobs {
  const all = traceJobsForSample(sample);
  return blind ? { ...all, jobs: all.jobs.filter((j) => j.label !== 'fixed') } : all;
}

/** Everything the panes show, derived once per record (and per on-demand trace). */
export function useSampleView(detail: SampleDetail, blind = false): SampleView {
  const runKey = detail.contentHash || `${detail.index}`;
  const own = hasOwnTrace(detail.sample);
  const jobs = useMemo(() => (own ? null : onDemandJobs(detail.sample, blind)), [detail, own, blind]);
  const runs = useRunTraceStore((s) => s.runs[runKey]);
  const restore = useRunTraceStore((s) => s.restore);
  // A sample traced before (in this session or an earlier one) shows its traces without a click.
  useEffect(() => {
    if (jobs?.jobs.length) void restore(runKey, jobs.jobs);
  }, [jobs, runKey, restore]);
  const chosen = useViewStore((s) => s.program);
  const shown = jobs ? shownJob(runs, jobs.jobs, chosen) : null;
  const buggyRun = runs?.jobs.buggy;
  const buggyResult = buggyRun?.state === 'done' ? buggyRun.result : null;

  return useMemo(() => {
    // Before a run, the tests pane lists what "Run & trace" will run (e.g. the asserts derived from a DebugBench problem's examples).
    const planned = jobs?.jobs[0];
    const sample = shown ? withTrace(detail.sample, shown.job, shown.result) : planned ? { ...detail.sample, task: { ...(detail.sample.task ?? {}), tests: planned.tests } } : detail.sample;
    const model = buildSampleModel(sample);
    // The rationale is about the buggy program: check it against that trace even while the fix is shown.
    const buggyJob = jobs?.jobs.find((j) => j.label === 'buggy');
    const groundOn = shown && shown.job.label !== 'buggy' && buggyJob && buggyResult ? buildSampleModel(withTrace(detail.sample, buggyJob, buggyResult)) : model;
    let facts: TraceFacts | null = null;
    let grounding: GroundingSummary;
    try {
      facts = groundOn.trace ? buildTraceFacts(groundOn.trace, groundOn.inline ? elidedNames(groundOn.inline) : new Set()) : null;
      grounding = groundWithFacts(model.rationale, facts, groundOn.trace?.code ?? '', Array.isArray(sample.task?.tests) ? { taskTests: sample.task.tests } : {});
    } catch (err) {
      // The check is an aid: if a strange record defeats it, the panes still show and say so.
      facts = null;
      grounding = { consistent: 0, contradicted: 0, unverifiable: 0, claims: [] };
      model.traceWarnings.push(`the grounding check failed on this record: ${err instanceof Error ? err.message : String(err)}`);
    }
    const task = detail.sample.task;
    const base = text(task?.buggy_code) ?? text(task?.reference_code);
    const shownProgram: JobLabel | null = shown ? shown.job.label : own ? null : text(task?.buggy_code) ? 'buggy' : base ? 'reference' : null;
    return {
      model,
      grounding,
      facts,
      onDemand: jobs ? { ...jobs, runKey, shown: shown?.job.label ?? null } : null,
      shownProgram,
      fixBase: own ? model.program : (base ?? ''),
      claimsOn: groundOn !== model && groundOn.trace && buggyJob ? { program: buggyJob.label, trace: groundOn.trace } : null,
    };
  }, [detail, jobs, shown?.job, shown?.result, buggyResult, runKey, own]);
}
