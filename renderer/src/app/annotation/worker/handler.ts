import { agreementByDimension } from '../../../../../shared/annotation/agreement/byDimension';
import { exportCsv, exportJsonl } from '../../../../../shared/annotation/exportFormat';
import { parseLabelExport, type ParsedExport } from '../../../../../shared/annotation/importParse';
import { planImport } from '../../../../../shared/annotation/importPlan';
import { labelId, sampleId } from '../../../../../shared/annotation/label';
import type { AnnotationJobs, JobArgs, JobResult, WorkerRequest, WorkerResponse } from './protocol';

type Post = (message: WorkerResponse) => void;
type Progress = (done: number, total: number) => void;

/**
 * The worker's message handler as a plain function, so that it runs the same
 * in the worker, inline (no Worker available) and in tests. Each request is
 * answered by progress messages, then exactly one `done` or `failed`.
 */
export function createAnnotationHandler(post: Post): (request: WorkerRequest) => void {
  // The export read last, kept for its plan: sending 100,000 parsed rows back
  // and forth would cost the UI thread what the worker saves it.
  let lastParse: { id: number; datasetId: string; parsed: ParsedExport } | null = null;

  const jobs: { [K in keyof AnnotationJobs]: (id: number, args: JobArgs<K>, progress: Progress) => JobResult<K> } = {
    'import:parse': (id, { text, fileName, datasetId }, progress) => {
      const parsed = parseLabelExport(text, fileName, progress);
      lastParse = { id, datasetId, parsed };
      const rows = parsed.rows;
      return {
        parseId: id,
        fatal: parsed.fatal,
        problemIds: [...new Set(rows.map((r) => r.problem_id))],
        sampleIds: [...new Set(rows.map((r) => sampleId(r)))],
        labelIds: [...new Set(rows.map((r) => labelId(datasetId, r, r.annotator)))],
        declaredRubrics: parsed.header?.rubrics ?? [],
      };
    },
    'import:plan': (_id, { parseId, rubrics, existing, known }) => {
      if (lastParse?.id !== parseId) throw new Error('the file read for this import is gone (another file was read since); read it again');
      const { datasetId, parsed } = lastParse;
      lastParse = null;
      const where = new Map(known);
      const plan = planImport(parsed, { datasetId, existing: new Map(existing.map((l) => [l.id, l])), rubrics, isKnownSample: (s) => where.has(s) });
      // Remember where each new label's sample is, so the table can open it.
      for (const l of plan.add) l.indexHint = where.get(l.sampleId);
      return plan;
    },
    agreement: (_id, { labels, rubric, pair, ci }, progress) => agreementByDimension(labels, rubric, pair, ci, progress),
    export: (_id, { format, input }) => (format === 'jsonl' ? exportJsonl(input) : exportCsv(input)),
  };

  return (request) => {
    const { id } = request;
    try {
      const run = jobs[request.kind] as (id: number, args: unknown, progress: Progress) => JobResult<typeof request.kind>;
      const result = run(id, request.args, (done, total) => post({ id, type: 'progress', done, total }));
      post({ id, type: 'done', result });
    } catch (err) {
      post({ id, type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };
}
