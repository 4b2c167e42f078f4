import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { LabelRecord } from '../../../../shared/annotation/label';
import { itemsFor, type QueueItem } from '../../../../shared/annotation/queue';
import type { Rubric } from '../../../../shared/annotation/rubric';
import { getLabelsDb, type StoredQueue, type StoredRubric } from '../../db';
import { useAnnotationStore } from './annotationStore';

/** Loads the persisted annotation settings once. */
export function useHydratedSettings(): boolean {
  const hydrated = useAnnotationStore((s) => s.hydrated);
  const hydrate = useAnnotationStore((s) => s.hydrate);
  useEffect(() => {
    void hydrate();
  }, [hydrate]);
  return hydrated;
}

export function useRubrics(): StoredRubric[] {
  return useLiveQuery(() => getLabelsDb().rubrics.toArray(), [], []);
}

/** The chosen rubric version (undefined while loading or if it was never saved). */
export function useActiveRubric(): Rubric | undefined {
  const ref = useAnnotationStore((s) => s.rubric);
  return useLiveQuery(() => getLabelsDb().rubrics.get([ref.id, ref.version]), [ref.id, ref.version]);
}

export function useDatasetLabels(datasetId: string | null): LabelRecord[] {
  return useLiveQuery(() => (datasetId ? getLabelsDb().labels.where('datasetId').equals(datasetId).toArray() : []), [datasetId], []);
}

/** One annotator's label of one sample (undefined: none yet). */
export function useLabel(id: string | null): LabelRecord | undefined {
  return useLiveQuery(() => (id ? getLabelsDb().labels.get(id) : undefined), [id]);
}

export function useQueues(datasetId: string | null): StoredQueue[] {
  return useLiveQuery(() => (datasetId ? getLabelsDb().queues.where('datasetId').equals(datasetId).toArray() : []), [datasetId], []);
}

export interface ActiveQueue {
  queue: StoredQueue;
  /** The current annotator's items (shared set + their share). */
  items: QueueItem[];
  /** sampleIds this annotator has labelled under the active rubric version. */
  labelled: Set<string>;
}

/** The active queue for the current dataset and annotator, with what is done. */
export function useActiveQueue(datasetId: string | null): ActiveQueue | null {
  const queueId = useAnnotationStore((s) => s.queueId);
  const annotator = useAnnotationStore((s) => s.annotator);
  const rubric = useAnnotationStore((s) => s.rubric);
  return (
    useLiveQuery(async () => {
      if (!datasetId || !queueId) return null;
      const db = getLabelsDb();
      const queue = await db.queues.get(queueId);
      if (!queue || queue.datasetId !== datasetId) return null;
      const mine = annotator ? await db.labels.where('[datasetId+annotator]').equals([datasetId, annotator]).toArray() : [];
      const def = await db.rubrics.get([rubric.id, rubric.version]);
      const labelled = new Set(mine.filter((l) => l.rubricId === rubric.id && l.rubricVersion === rubric.version && isComplete(l, def)).map((l) => l.sampleId));
      return { queue, items: annotator ? itemsFor(queue.items, annotator) : queue.items, labelled };
    }, [datasetId, queueId, annotator, rubric.id, rubric.version]) ?? null
  );
}

/** A label is done when every required dimension has a value (without a rubric: when any has). */
export function isComplete(l: LabelRecord, rubric?: Rubric): boolean {
  const has = (v: string | null | undefined) => v !== null && v !== undefined && v !== '';
  if (!rubric) return Object.values(l.values).some(has);
  const required = rubric.dimensions.filter((d) => d.required);
  return required.length ? required.every((d) => has(l.values[d.id])) : Object.values(l.values).some(has);
}
