import type { SampleKey } from '../dataset/types';
import type { ParsedExport, ParsedRow } from './importParse';
import { describeKey, labelId, sameJudgement, sampleId, type LabelRecord } from './label';
import { checkValues, sameDimensions, type Rubric } from './rubric';

export interface RejectedRow {
  line: number;
  key?: SampleKey;
  annotator?: string;
  reason: string;
}

export interface ImportConflict {
  /** What is stored now. */
  local: LabelRecord;
  /** What the file says. */
  incoming: LabelRecord;
  line: number;
}

/** What an import would do. Nothing is written until the user confirms; conflicts are never resolved silently. */
export interface ImportPlan {
  fatal: string | null;
  /** New labels (no label by that annotator on that sample yet). */
  add: LabelRecord[];
  /** Rows equal to what is stored: nothing to do. */
  unchanged: number;
  conflicts: ImportConflict[];
  rejected: RejectedRow[];
  /** Rows in the file, for "12 of 14 imported". */
  rowsInFile: number;
  notes: string[];
}

export interface ImportTarget {
  datasetId: string;
  /** Local labels by id. */
  existing: ReadonlyMap<string, LabelRecord>;
  /** Rubric versions known locally. */
  rubrics: readonly Rubric[];
  /** Whether a sample key exists in the open dataset. */
  isKnownSample: (sampleId: string) => boolean;
}

const rubricKey = (id: string, version: number) => `${id}@${version}`;

function toRecord(row: ParsedRow, datasetId: string): LabelRecord {
  const key: SampleKey = { problem_id: row.problem_id, split: row.split, iteration: row.iteration, sample_index: row.sample_index };
  return {
    // Dataset ids derive from the path on each machine: an export is re-targeted to the dataset it is imported into.
    id: labelId(datasetId, key, row.annotator),
    datasetId,
    key,
    sampleId: sampleId(key),
    contentHash: row.content_hash,
    stale: row.stale ? 1 : 0,
    annotator: row.annotator,
    rubricId: row.rubric_id,
    rubricVersion: row.rubric_version,
    values: row.values,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Decides, row by row, what importing a parsed export would do, without touching anything. */
export function planImport(parsed: ParsedExport, target: ImportTarget): ImportPlan {
  const plan: ImportPlan = { fatal: parsed.fatal, add: [], unchanged: 0, conflicts: [], rejected: [], rowsInFile: parsed.rows.length + parsed.issues.length, notes: [] };
  if (parsed.fatal || !parsed.header) return plan;
  plan.rejected.push(...parsed.issues);
  if (parsed.header.dataset_id !== target.datasetId) {
    plan.notes.push(`Exported from dataset ${parsed.header.dataset_name ?? parsed.header.dataset_id}; rows are matched to this dataset by sample key.`);
  }

  const local = new Map(target.rubrics.map((r) => [rubricKey(r.id, r.version), r]));
  const declared = new Map(parsed.header.rubrics.map((r) => [rubricKey(r.id, r.version), r]));
  const declaredMatches = new Map<string, boolean>();

  // Rows naming the same annotator and sample more than once are ambiguous unless they agree.
  const byId = new Map<string, { row: ParsedRow; rec: LabelRecord }[]>();
  for (const row of parsed.rows) {
    const rec = toRecord(row, target.datasetId);
    const list = byId.get(rec.id) ?? [];
    list.push({ row, rec });
    byId.set(rec.id, list);
  }

  for (const [id, group] of byId) {
    const { row, rec } = group[0]!;
    const reject = (reason: string, r: ParsedRow = row) => plan.rejected.push({ line: r.line, key: rec.key, annotator: rec.annotator, reason });
    if (group.length > 1) {
      const lines = group.map((g) => g.row.line).join(', ');
      if (group.some((g) => !sameJudgement(g.rec, rec))) {
        for (const g of group) reject(`duplicate row: ${rec.annotator} labelled ${describeKey(rec.key)} differently on lines ${lines}; none of them was imported`, g.row);
        continue;
      }
      for (const g of group.slice(1)) reject(`duplicate of line ${row.line} (identical); imported once`, g.row);
    }
    const rk = rubricKey(rec.rubricId, rec.rubricVersion);
    const rubric = local.get(rk);
    if (!rubric) {
      reject(`rubric ${rec.rubricId} v${rec.rubricVersion} is not defined here (add that rubric version first)`);
      continue;
    }
    if (!declaredMatches.has(rk)) {
      const theirs = declared.get(rk);
      declaredMatches.set(rk, !theirs || sameDimensions(theirs, rubric));
    }
    if (!declaredMatches.get(rk)) {
      reject(`rubric ${rec.rubricId} v${rec.rubricVersion} in the file differs from the local definition of that version`);
      continue;
    }
    const valueErrors = checkValues(rubric, rec.values);
    if (valueErrors.length) {
      reject(`values do not fit the rubric: ${valueErrors.join('; ')}`);
      continue;
    }
    if (!target.isKnownSample(rec.sampleId)) {
      reject(`unknown sample ${describeKey(rec.key)}: not in the open dataset`);
      continue;
    }
    const existing = target.existing.get(id);
    if (!existing) plan.add.push(rec);
    else if (sameJudgement(existing, rec)) plan.unchanged++;
    else plan.conflicts.push({ local: existing, incoming: { ...rec, createdAt: existing.createdAt }, line: row.line });
  }
  plan.rejected.sort((a, b) => a.line - b.line);
  return plan;
}

/** One-paragraph summary for the report. */
export function summarisePlan(plan: ImportPlan): string {
  if (plan.fatal) return `Nothing was imported. ${plan.fatal}`;
  return `${plan.rowsInFile} rows in the file: ${plan.add.length} new, ${plan.unchanged} already present, ${plan.conflicts.length} in conflict (awaiting your choice), ${plan.rejected.length} refused.`;
}
