import type { ImportPlan } from '../../../../shared/annotation/importPlan';
import type { LabelRecord } from '../../../../shared/annotation/label';
import type { Rubric } from '../../../../shared/annotation/rubric';
import type { LabelsDb } from '../../db';
import { knownSamples } from './datasetKeys';
import type { AnnotationWorkerClient } from './worker/client';

export interface PreparedImport {
  fileName: string;
  plan: ImportPlan;
  /** Rubric versions the file defines that this database lacks (offered for adding). */
  missingRubrics: Rubric[];
}

/** Where a long import stands: lines read, sample keys looked up, then the comparison with stored labels. */
export type ImportProgress = { phase: 'parse'; done: number; total: number } | { phase: 'samples'; done: number; total: number } | { phase: 'compare' };

export interface PrepareOptions {
  client: AnnotationWorkerClient;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

/**
 * Reads a label export and works out what importing it would do, touching
 * nothing: the file is parsed, its sample keys are checked against the open
 * dataset, and each row is compared with the stored labels. Parsing and
 * comparing run in the annotation worker; the database and the dataset are
 * read here, and only what the file can match is sent across.
 */
export async function prepareImport(text: string, fileName: string, datasetId: string, db: LabelsDb, options: PrepareOptions): Promise<PreparedImport> {
  const { client, signal, onProgress } = options;
  const parsed = await client.run('import:parse', { text, fileName, datasetId }, { signal, onProgress: (done, total) => onProgress?.({ phase: 'parse', done, total }) });
  const rubrics = await db.rubrics.toArray();
  let existing: LabelRecord[] = [];
  let known: [string, number][] = [];
  if (!parsed.fatal) {
    // Label ids are primary keys (and name the dataset): read just the file's, not every label of the dataset.
    existing = (await db.labels.bulkGet(parsed.labelIds)).filter((l): l is LabelRecord => l !== undefined);
    const where = await knownSamples(datasetId, parsed.problemIds, (done, total) => onProgress?.({ phase: 'samples', done, total }));
    known = parsed.sampleIds.flatMap((id) => (where.has(id) ? [[id, where.get(id)!] as [string, number]] : []));
  }
  onProgress?.({ phase: 'compare' });
  const plan = await client.run('import:plan', { parseId: parsed.parseId, rubrics, existing, known }, { signal });
  const have = new Set(rubrics.map((r) => `${r.id}@${r.version}`));
  const missingRubrics = parsed.declaredRubrics.filter((r) => !have.has(`${r.id}@${r.version}`));
  return { fileName, plan, missingRubrics };
}

/** The status line for an import being read. */
export function describeImportProgress(p: ImportProgress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (p.phase === 'parse' && p.total === 0) return 'Reading…';
  if (p.phase === 'parse') return `Reading lines ${n(p.done)} / ${n(p.total)}…`;
  if (p.phase === 'samples') return `Checking sample keys ${n(p.done)} / ${n(p.total)}…`;
  return 'Comparing with stored labels…';
}
