import type { JournalEntry } from '../../../shared/annotation/journal';
import type { LabelRecord } from '../../../shared/annotation/label';
import type { QueueItem, QueueSpec } from '../../../shared/annotation/queue';
import type { Rubric } from '../../../shared/annotation/rubric';

/**
 * The labels database schema, one entry per version. Versions are only ever
 * added: a version's stores and its upgrade stay here for good, because a
 * browser may still hold a database of any older version full of human
 * labels. Never drop or recreate this database to change its schema.
 */
export const DB_NAME = 'tracelens-labels';

export const SCHEMA = {
  1: {
    labels: '&id, datasetId, [datasetId+annotator], updatedAt',
    rubrics: '&[id+version], id',
    settings: '&key',
  },
  2: {
    // v2: labels carry `sampleId` and a 0/1 `stale` flag (indexed); annotator profiles, queues and the journal outbox.
    labels: '&id, datasetId, [datasetId+annotator], [datasetId+sampleId], [datasetId+stale], updatedAt',
    rubrics: '&[id+version], id',
    settings: '&key',
    annotators: '&name',
    queues: '&id, datasetId',
    outbox: '++seq, datasetId',
  },
} as const;

/** A label as version 1 stored it: no `sampleId`, no `stale` flag. */
export type LabelRecordV1 = Omit<LabelRecord, 'sampleId' | 'stale'>;

export interface StoredRubric extends Rubric {
  savedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface AnnotatorProfile {
  name: string;
  createdAt: string;
}

export interface StoredQueue extends QueueSpec {
  items: QueueItem[];
}

/** A journal entry written to IndexedDB but not yet acknowledged by the backend's journal. */
export interface OutboxRow {
  seq?: number;
  datasetId: string;
  entry: JournalEntry;
  queuedAt: string;
  /** The backend refused this entry as invalid; kept (never dropped) and shown, but no longer blocking the others. */
  rejected?: string;
}
