import { z } from 'zod';
import type { SampleKey } from '../dataset/types';
import { csvRow } from './csv';
import type { LabelRecord } from './label';
import { rubricSchema, type Rubric } from './rubric';

/**
 * The label export: JSON Lines with a header line, one flat row per label
 * (snake_case, every provenance field, ready for `pandas.read_json(lines=True)`
 * after filtering `type == "label"`), and an end line carrying the row count
 * so that a half-written file is recognised and refused.
 */
export const EXPORT_FORMAT = 'tracelens.labels';
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportHeader {
  type: 'header';
  format: typeof EXPORT_FORMAT;
  format_version: number;
  dataset_id: string;
  dataset_name?: string;
  exported_at: string;
  app_version?: string;
  /** Every rubric version the rows use, in full, so the export is self-describing. */
  rubrics: Rubric[];
}

/** Sample fields optionally joined into each row (fetched through `dataset:sample`). */
export interface JoinedSample {
  model?: string | null;
  passed?: boolean | null;
  description?: string;
  buggy_code?: string;
  rationale?: string;
  fixed_code?: string;
  /** Content hash of the sample now; differs from `content_hash` when the label is stale. */
  current_content_hash?: string;
}

export interface ExportRow extends SampleKey {
  type: 'label';
  dataset_id: string;
  content_hash: string;
  stale: boolean;
  annotator: string;
  rubric_id: string;
  rubric_version: number;
  values: Record<string, string | null>;
  note: string;
  created_at: string;
  updated_at: string;
  sample?: JoinedSample;
}

export interface ExportEnd {
  type: 'end';
  count: number;
}

export function toExportRow(l: LabelRecord, sample?: JoinedSample): ExportRow {
  return {
    type: 'label',
    dataset_id: l.datasetId,
    ...l.key,
    content_hash: l.contentHash,
    stale: l.stale === 1,
    annotator: l.annotator,
    rubric_id: l.rubricId,
    rubric_version: l.rubricVersion,
    values: l.values,
    note: l.note,
    created_at: l.createdAt,
    updated_at: l.updatedAt,
    ...(sample ? { sample } : {}),
  };
}

export interface ExportInput {
  datasetId: string;
  datasetName?: string;
  appVersion?: string;
  labels: readonly LabelRecord[];
  rubrics: readonly Rubric[];
  /** sampleId → joined fields, when the user asked for them. */
  samples?: ReadonlyMap<string, JoinedSample>;
  now: Date;
}

function usedRubrics(input: ExportInput): Rubric[] {
  const used = new Set(input.labels.map((l) => `${l.rubricId}@${l.rubricVersion}`));
  return input.rubrics.filter((r) => used.has(`${r.id}@${r.version}`));
}

export function exportJsonl(input: ExportInput): string {
  const header: ExportHeader = {
    type: 'header',
    format: EXPORT_FORMAT,
    format_version: EXPORT_FORMAT_VERSION,
    dataset_id: input.datasetId,
    ...(input.datasetName ? { dataset_name: input.datasetName } : {}),
    exported_at: input.now.toISOString(),
    ...(input.appVersion ? { app_version: input.appVersion } : {}),
    rubrics: usedRubrics(input),
  };
  const lines = [JSON.stringify(header)];
  for (const l of input.labels) lines.push(JSON.stringify(toExportRow(l, input.samples?.get(l.sampleId))));
  const end: ExportEnd = { type: 'end', count: input.labels.length };
  lines.push(JSON.stringify(end));
  return lines.join('\n') + '\n';
}

const joinedColumns: (keyof JoinedSample)[] = ['model', 'passed', 'current_content_hash', 'description', 'buggy_code', 'rationale', 'fixed_code'];

/**
 * CSV for spreadsheets and R: one column per rubric dimension (`dim_<id>`,
 * the union over the rubric versions used) and, when joined, `sample_*` columns.
 */
export function exportCsv(input: ExportInput): string {
  const dims = [...new Set(usedRubrics(input).flatMap((r) => r.dimensions.map((d) => d.id)))];
  for (const l of input.labels) for (const id of Object.keys(l.values)) if (!dims.includes(id)) dims.push(id);
  const joined = input.samples ? joinedColumns : [];
  const header = [
    'dataset_id', 'problem_id', 'split', 'iteration', 'sample_index', 'content_hash', 'stale', 'annotator', 'rubric_id', 'rubric_version',
    ...dims.map((d) => `dim_${d}`), 'note', 'created_at', 'updated_at', ...joined.map((c) => `sample_${c}`),
  ];
  const lines = [csvRow(header)];
  for (const l of input.labels) {
    const s = input.samples?.get(l.sampleId);
    lines.push(
      csvRow([
        l.datasetId, l.key.problem_id, l.key.split, l.key.iteration, l.key.sample_index, l.contentHash, l.stale === 1, l.annotator, l.rubricId, l.rubricVersion,
        ...dims.map((d) => l.values[d] ?? ''), l.note, l.createdAt, l.updatedAt, ...joined.map((c) => s?.[c] ?? ''),
      ]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

export const exportHeaderSchema = z.object({
  type: z.literal('header'),
  format: z.literal(EXPORT_FORMAT),
  format_version: z.number().int(),
  dataset_id: z.string(),
  dataset_name: z.string().optional(),
  exported_at: z.string(),
  app_version: z.string().optional(),
  rubrics: z.array(rubricSchema),
});

export const exportRowSchema = z.object({
  type: z.literal('label'),
  dataset_id: z.string().min(1),
  problem_id: z.string().min(1),
  split: z.string(),
  iteration: z.number().int(),
  sample_index: z.number().int(),
  content_hash: z.string(),
  stale: z.boolean(),
  annotator: z.string().min(1).max(100),
  rubric_id: z.string().min(1),
  rubric_version: z.number().int().min(1),
  values: z.record(z.string(), z.string().nullable()),
  note: z.string(),
  created_at: z.string().min(1),
  updated_at: z.string().min(1),
  sample: z.record(z.string(), z.unknown()).optional(),
});
