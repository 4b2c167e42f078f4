import { z } from 'zod';
import type { SampleKey } from '../dataset/types';
import type { DimensionValue } from './rubric';

/**
 * One annotator's judgement of one sample under one rubric version. The
 * sample is named by its stable key plus the hash of its content when it was
 * judged, so labels survive a regenerated file and a changed sample shows up
 * as stale rather than silently inheriting an old judgement.
 */
export interface LabelRecord {
  /** `labelId(datasetId, key, annotator)`: one label per annotator and sample. */
  id: string;
  datasetId: string;
  key: SampleKey;
  /** `sampleId(key)`, stored for indexing. */
  sampleId: string;
  /** Content hash of the sample when it was labelled. */
  contentHash: string;
  /** 1 when the sample's current content hash differs from `contentHash` (a number so that IndexedDB can index it). */
  stale: 0 | 1;
  annotator: string;
  rubricId: string;
  rubricVersion: number;
  /** One value per rubric dimension id (null: not answered yet). */
  values: Record<string, DimensionValue>;
  note: string;
  /** ISO 8601 times. */
  createdAt: string;
  updatedAt: string;
  /** Position of the sample in the dataset index when labelled: a hint to reopen it, not an identity. */
  indexHint?: number;
}

/** Canonical, unambiguous text for a sample key (JSON array, so no separator can collide). */
export function sampleId(key: SampleKey): string {
  return JSON.stringify([key.problem_id, key.split, key.iteration, key.sample_index]);
}

export function labelId(datasetId: string, key: SampleKey, annotator: string): string {
  return JSON.stringify([datasetId, annotator, key.problem_id, key.split, key.iteration, key.sample_index]);
}

export const sampleKeySchema = z
  .object({
    problem_id: z.string().min(1),
    split: z.string(),
    iteration: z.number().int(),
    sample_index: z.number().int(),
  })
  .strict();

export const labelRecordSchema = z
  .object({
    id: z.string().min(1),
    datasetId: z.string().min(1),
    key: sampleKeySchema,
    sampleId: z.string().min(1),
    contentHash: z.string(),
    stale: z.union([z.literal(0), z.literal(1)]),
    annotator: z.string().min(1).max(100),
    rubricId: z.string().min(1),
    rubricVersion: z.number().int().min(1),
    values: z.record(z.string(), z.string().nullable()),
    note: z.string(),
    createdAt: z.string().min(1),
    updatedAt: z.string().min(1),
    indexHint: z.number().int().min(0).optional(),
  })
  .strict();

export interface NewLabel {
  datasetId: string;
  key: SampleKey;
  contentHash: string;
  annotator: string;
  rubricId: string;
  rubricVersion: number;
  values: Record<string, DimensionValue>;
  note: string;
  indexHint?: number;
}

/** Builds a record, keeping `createdAt` of the label it replaces. */
export function makeLabel(input: NewLabel, now: Date, previous?: LabelRecord): LabelRecord {
  const at = now.toISOString();
  return {
    ...input,
    id: labelId(input.datasetId, input.key, input.annotator),
    sampleId: sampleId(input.key),
    stale: 0,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
}

/** True when two labels say the same thing (times and hints aside): importing one over the other changes nothing. */
export function sameJudgement(a: LabelRecord, b: LabelRecord): boolean {
  if (a.rubricId !== b.rubricId || a.rubricVersion !== b.rubricVersion || a.note !== b.note || a.contentHash !== b.contentHash) return false;
  const ids = new Set([...Object.keys(a.values), ...Object.keys(b.values)]);
  for (const id of ids) if ((a.values[id] ?? null) !== (b.values[id] ?? null)) return false;
  return true;
}

/** Human-readable sample key for reports: `HumanEval/3 · test · iter 2 · #4`. */
export function describeKey(key: SampleKey): string {
  return `${key.problem_id} · ${key.split} · iter ${key.iteration} · #${key.sample_index}`;
}
