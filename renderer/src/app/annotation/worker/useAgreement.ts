import { useEffect, useMemo, useState } from 'react';
import type { AgreementLabel, DimensionAgreement } from '../../../../../shared/annotation/agreement/byDimension';
import type { LabelRecord } from '../../../../../shared/annotation/label';
import type { Rubric } from '../../../../../shared/annotation/rubric';
import { isCancelled } from './client';
import { useAnnotationWorker } from './useAnnotationWorker';

export interface AgreementState {
  /** The last finished result (kept while a newer one is computed); null before the first. */
  rows: DimensionAgreement[] | null;
  /** Whole percent done while computing, null when idle. */
  percent: number | null;
  error: string | null;
}

type CI = { resamples: number; seed: number; level: number };

/**
 * Agreement per dimension, computed in the annotation worker. New labels,
 * rubric, pair or interval choice cancel a computation still running: a
 * result always belongs to the inputs on screen.
 */
export function useAgreement(labels: readonly LabelRecord[], rubric: Rubric | undefined, pair: [string, string] | undefined, ci: CI | undefined): AgreementState {
  const client = useAnnotationWorker();
  const [state, setState] = useState<AgreementState>({ rows: null, percent: null, error: null });
  // Rubric objects from a live query are new on every read; the content is what matters.
  const rubricJson = rubric ? JSON.stringify(rubric) : null;
  const [rubricId, version] = [rubric?.id, rubric?.version];
  const own = useMemo(() => labels.filter((l) => l.rubricId === rubricId && l.rubricVersion === version).map(slim), [labels, rubricId, version]);

  useEffect(() => {
    if (!rubricJson) return;
    const controller = new AbortController();
    let shown = 0;
    setState((s) => ({ ...s, percent: 0, error: null }));
    const onProgress = (done: number, total: number) => {
      const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
      if (percent === shown) return;
      shown = percent;
      setState((s) => ({ ...s, percent }));
    };
    client
      .run('agreement', { labels: own, rubric: JSON.parse(rubricJson) as Rubric, pair, ci }, { signal: controller.signal, onProgress })
      .then((rows) => setState({ rows, percent: null, error: null }))
      .catch((err: unknown) => {
        if (!isCancelled(err)) setState((s) => ({ ...s, percent: null, error: err instanceof Error ? err.message : String(err) }));
      });
    return () => controller.abort();
  }, [client, own, rubricJson, pair, ci]);
  return state;
}

/** Only what agreement reads crosses to the worker (notes and provenance would double the copy). */
function slim(l: LabelRecord): AgreementLabel {
  return { sampleId: l.sampleId, annotator: l.annotator, rubricId: l.rubricId, rubricVersion: l.rubricVersion, values: l.values };
}
