import { z } from 'zod';
import { journalEntrySchema, type JournalEntry, type JournalReadIssue } from '../annotation/journal';
import { request } from './define';
import { datasetId } from './dataset';

export interface JournalAppendResult {
  /** Entries written and fsync'd: once this answers, the change survives a crash. */
  appended: number;
  /** Journal size after the append, in bytes. */
  bytes: number;
}

export interface JournalReadResult {
  datasetId: string;
  /** Where the journal lives, for the user's backups. */
  path: string;
  exists: boolean;
  entries: JournalEntry[];
  /** Lines that could not be read (reported, skipped). */
  issues: JournalReadIssue[];
  /** The last line was cut off by a crash mid-write; it was never acknowledged. */
  tornTail: boolean;
}

export interface JournalInfo {
  datasetId: string;
  path: string;
  bytes: number;
  modifiedAt: string;
}

/**
 * The label journal: an append-only, fsync'd JSONL file per dataset in the
 * user's data folder. The renderer appends every label change after writing
 * IndexedDB, and replays the journal into an empty database ("Restore labels").
 */
export const labelsRequests = {
  /** Appends label changes (puts, deletes, rubric versions) to the dataset's journal and fsyncs it. */
  'labels:journal-append': request<JournalAppendResult>()(
    z.object({ datasetId, entries: z.array(journalEntrySchema).min(1).max(5000) }).strict(),
  ),
  /** Every entry of a dataset's journal, in order, for replay. */
  'labels:journal-read': request<JournalReadResult>()(z.object({ datasetId }).strict()),
  /** Journals present in the data folder (datasets that have labels). */
  'labels:journal-list': request<JournalInfo[]>()(z.object({}).strict()),
};
