import { useMemo } from 'react';
import { labelAverages, labelScores, type LabelAverage } from '../../../../shared/analysis/labels';
import { useActiveRubric, useDatasetLabels } from '../annotation/useAnnotationData';

/** Means with 95% intervals of the human labels under the active rubric version (empty until labels exist). */
export function useLabelAverages(datasetId: string | null): LabelAverage[] {
  const labels = useDatasetLabels(datasetId);
  const rubric = useActiveRubric();
  return useMemo(() => (rubric ? labelAverages(labelScores(labels, rubric)) : []), [labels, rubric]);
}
