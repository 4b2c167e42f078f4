import type { AgreementLabel, DimensionAgreement } from '../../../../../shared/annotation/agreement/byDimension';
import type { ExportInput } from '../../../../../shared/annotation/exportFormat';
import type { ImportPlan } from '../../../../../shared/annotation/importPlan';
import type { LabelRecord } from '../../../../../shared/annotation/label';
import type { Rubric } from '../../../../../shared/annotation/rubric';

/**
 * The annotation worker's jobs. Everything here crosses postMessage, so only
 * plain data (structured-clonable): no functions, no Maps of closures.
 */
export interface AnnotationJobs {
  /** Reads a label export and keeps it in the worker for `import:plan`; returns what the main side must look up. */
  'import:parse': {
    args: { text: string; fileName: string; datasetId: string };
    result: ParsedSummary;
  };
  /** Plans the import of the export read by `import:parse` number `parseId`. */
  'import:plan': {
    args: {
      parseId: number;
      rubrics: Rubric[];
      /** Stored labels among `ParsedSummary.labelIds` (the others cannot matter). */
      existing: LabelRecord[];
      /** Sample ids of the file found in the open dataset, with their dataset index. */
      known: [sampleId: string, index: number][];
    };
    result: ImportPlan;
  };
  /** Agreement per rubric dimension, with bootstrap intervals when `ci` is given. */
  agreement: {
    args: { labels: AgreementLabel[]; rubric: Rubric; pair?: [string, string]; ci?: { resamples: number; seed: number; level: number } };
    result: DimensionAgreement[];
  };
  /** The text of a label export (JSONL or CSV): 100,000 labels take the UI thread a second or more to format. */
  export: {
    args: { format: 'jsonl' | 'csv'; input: ExportInput };
    result: string;
  };
}

export interface ParsedSummary {
  /** Pass to `import:plan`. */
  parseId: number;
  fatal: string | null;
  /** Distinct problem ids of the readable rows (to look their samples up in the dataset). */
  problemIds: string[];
  /** Distinct sample ids (see `sampleId`) of the readable rows. */
  sampleIds: string[];
  /** Distinct label ids the rows would have in the target dataset (to fetch the stored ones). */
  labelIds: string[];
  /** Rubric versions the file's header defines. */
  declaredRubrics: Rubric[];
}

export type JobKind = keyof AnnotationJobs;
export type JobArgs<K extends JobKind> = AnnotationJobs[K]['args'];
export type JobResult<K extends JobKind> = AnnotationJobs[K]['result'];

export type WorkerRequest = { [K in JobKind]: { id: number; kind: K; args: JobArgs<K> } }[JobKind];

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: JobResult<JobKind> }
  | { id: number; type: 'failed'; message: string };
