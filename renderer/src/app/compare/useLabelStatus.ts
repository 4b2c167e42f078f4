import { useMemo } from 'react';
import { sampleId, type LabelRecord } from '../../../../shared/annotation/label';
import type { Rubric } from '../../../../shared/annotation/rubric';
import type { SampleKey } from '../../../../shared/dataset/types';
import { isComplete, useActiveRubric, useDatasetLabels } from '../annotation/useAnnotationData';
import type { LabelStatus } from './ProblemGrid';

/** The status a grid cell shows for the labels of its sample (any annotator). */
export function labelStatusOf(labels: readonly LabelRecord[], rubric: Rubric | undefined): Map<string, LabelStatus> {
  const rank: Record<Exclude<LabelStatus, null>, number> = { stale: 0, partial: 1, labelled: 2 };
  const out = new Map<string, Exclude<LabelStatus, null>>();
  for (const l of labels) {
    const status = l.stale ? 'stale' : isComplete(l, rubric) ? 'labelled' : 'partial';
    const prev = out.get(l.sampleId);
    if (!prev || rank[status] > rank[prev]) out.set(l.sampleId, status);
  }
  return out;
}

/** Label status per sample key, live from the labels database. */
export function useLabelStatus(datasetId: string | null): (key: SampleKey) => LabelStatus {
  const labels = useDatasetLabels(datasetId);
  const rubric = useActiveRubric();
  return useMemo(() => {
    const map = labelStatusOf(labels, rubric);
    return (key: SampleKey) => map.get(sampleId(key)) ?? null;
  }, [labels, rubric]);
}
