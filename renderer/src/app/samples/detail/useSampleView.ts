import { useMemo } from 'react';
import type { SampleDetail } from '../../../../../shared/contract';
import { groundWithFacts } from '../../../../../shared/grounding/ground';
import { buildTraceFacts, elidedNames, type TraceFacts } from '../../../../../shared/grounding/traceFacts';
import type { GroundingSummary } from '../../../../../shared/grounding/types';
import { buildSampleModel, type SampleModel } from '../../../../../shared/view/sampleModel';
import { useRunTraceStore } from './runTraceStore';

export interface SampleView {
  model: SampleModel;
  grounding: GroundingSummary;
  facts: TraceFacts | null;
  /** Key of an on-demand trace run for this sample. */
  runKey: string;
  /** True when the trace shown came from "Run & trace". */
  traced: boolean;
  /** The record has no buggy code: the program is the task's reference solution (traced on demand or not). */
  referenceOnly: boolean;
}

/** Everything the panes show, derived once per record (and per on-demand trace). */
export function useSampleView(detail: SampleDetail): SampleView {
  const runKey = detail.contentHash || `${detail.index}`;
  const run = useRunTraceStore((s) => s.runs[runKey]);
  const ranTrace = run?.state === 'done' ? run.result : null;
  return useMemo(() => {
    const hasOwn = detail.sample.trace !== undefined && detail.sample.trace !== null && detail.sample.trace !== '';
    const sample = !hasOwn && ranTrace ? { ...detail.sample, trace: ranTrace } : detail.sample;
    const model = buildSampleModel(sample);
    let facts: TraceFacts | null = null;
    let grounding: GroundingSummary;
    try {
      facts = model.trace ? buildTraceFacts(model.trace, model.inline ? elidedNames(model.inline) : new Set()) : null;
      grounding = groundWithFacts(model.rationale, facts, model.trace?.code ?? '', Array.isArray(sample.task?.tests) ? { taskTests: sample.task.tests } : {});
    } catch (err) {
      // The check is an aid: if a strange record defeats it, the panes still show and say so.
      facts = null;
      grounding = { consistent: 0, contradicted: 0, unverifiable: 0, claims: [] };
      model.traceWarnings.push(`the grounding check failed on this record: ${err instanceof Error ? err.message : String(err)}`);
    }
    const task = detail.sample.task;
    const referenceOnly = !hasOwn && !(typeof task?.buggy_code === 'string' && task.buggy_code.trim()) && typeof task?.reference_code === 'string';
    return { model, grounding, facts, runKey, traced: !hasOwn && ranTrace !== null, referenceOnly };
  }, [detail, ranTrace, runKey]);
}
