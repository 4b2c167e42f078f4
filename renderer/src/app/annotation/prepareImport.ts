import { parseLabelExport } from '../../../../shared/annotation/importParse';
import { planImport, type ImportPlan } from '../../../../shared/annotation/importPlan';
import type { Rubric } from '../../../../shared/annotation/rubric';
import type { LabelsDb } from '../../db';
import { knownSamples, type Progress } from './datasetKeys';

export interface PreparedImport {
  fileName: string;
  plan: ImportPlan;
  /** Rubric versions the file defines that this database lacks (offered for adding). */
  missingRubrics: Rubric[];
}

/**
 * Reads a label export and works out what importing it would do, touching
 * nothing: the file is parsed, its sample keys are checked against the open
 * dataset, and each row is compared with the stored labels.
 */
export async function prepareImport(text: string, fileName: string, datasetId: string, db: LabelsDb, onProgress?: Progress): Promise<PreparedImport> {
  const parsed = parseLabelExport(text, fileName);
  const rubrics = await db.rubrics.toArray();
  const existing = new Map((await db.labels.where('datasetId').equals(datasetId).toArray()).map((l) => [l.id, l]));
  const known = parsed.fatal ? new Map<string, number>() : await knownSamples(datasetId, parsed.rows.map((r) => r.problem_id), onProgress);
  const plan = planImport(parsed, { datasetId, existing, rubrics, isKnownSample: (id) => known.has(id) });
  // Remember where each new label's sample is, so the table can open it.
  for (const l of plan.add) l.indexHint = known.get(l.sampleId);
  const have = new Set(rubrics.map((r) => `${r.id}@${r.version}`));
  const missingRubrics = (parsed.header?.rubrics ?? []).filter((r) => !have.has(`${r.id}@${r.version}`));
  return { fileName, plan, missingRubrics };
}
