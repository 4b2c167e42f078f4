import { sampleId, type LabelRecord } from '../../../../shared/annotation/label';
import type { JoinedSample } from '../../../../shared/annotation/exportFormat';
import type { QueueCandidate } from '../../../../shared/annotation/queue';
import type { SampleDetail, SampleRow } from '../../../../shared/contract';
import { api } from '../../api';

const PAGE = 1000;

export type Progress = (done: number, total: number) => void;

/** Every row (index columns only, never the long strings) matching a query, page by page. */
export async function fetchAllRows(datasetId: string, query: string, onProgress?: Progress, signal?: AbortSignal): Promise<QueueCandidate[]> {
  const rows: QueueCandidate[] = [];
  for (let offset = 0; ; offset += PAGE) {
    if (signal?.aborted) throw new Error('Cancelled');
    const page = await api.request('dataset:query', { datasetId, query, offset, limit: PAGE });
    if (page.queryError) throw new Error(`The query cannot be used: ${page.queryError}`);
    if (page.indexing) throw new Error('The dataset is still being indexed; wait until it is ready so that every annotator draws from the same samples.');
    rows.push(...page.rows.map(pick));
    onProgress?.(rows.length, page.total);
    if (page.rows.length < PAGE || rows.length >= page.total) return rows;
  }
}

function pick(r: SampleRow): QueueCandidate {
  return { index: r.index, problem_id: r.problem_id, split: r.split, iteration: r.iteration, sample_index: r.sample_index, model: r.model, passed: r.passed };
}

const quotable = (id: string) => !/[",\s*]/.test(id);

/**
 * The sample ids (see `sampleId`) present in the dataset for the given
 * problems: one query per problem when ids are simple, otherwise a full scan.
 * Returns also sampleId → dataset index, to open or join samples.
 */
export async function knownSamples(datasetId: string, problemIds: Iterable<string>, onProgress?: Progress): Promise<Map<string, number>> {
  const problems = [...new Set(problemIds)];
  const known = new Map<string, number>();
  const add = (rows: QueueCandidate[]) => {
    for (const r of rows) known.set(sampleId(r), r.index);
  };
  if (problems.length > 300 || !problems.every(quotable)) {
    add(await fetchAllRows(datasetId, '', onProgress));
    return known;
  }
  let done = 0;
  for (const p of problems) {
    add(await fetchAllRows(datasetId, `problem:"${p}"`));
    onProgress?.(++done, problems.length);
  }
  return known;
}

/** Sample fields to join into an export, keyed by sampleId; a label whose sample cannot be found gets none. */
export async function fetchJoined(datasetId: string, labels: readonly LabelRecord[], onProgress?: Progress): Promise<Map<string, JoinedSample>> {
  const wanted = new Map<string, LabelRecord>();
  for (const l of labels) wanted.set(l.sampleId, l);
  const out = new Map<string, JoinedSample>();
  const missing: LabelRecord[] = [];
  let done = 0;
  const tryIndex = async (l: LabelRecord, index: number | undefined) => {
    if (index === undefined) return false;
    try {
      const d = await api.request('dataset:sample', { datasetId, index });
      if (sampleId(d.key) !== l.sampleId) return false;
      out.set(l.sampleId, joined(d));
      return true;
    } catch {
      return false;
    }
  };
  const list = [...wanted.values()];
  // A few requests in flight at once: fast enough, and gentle on the backend.
  await runLimited(list, 4, async (l) => {
    if (!(await tryIndex(l, l.indexHint))) missing.push(l);
    onProgress?.(++done, list.length);
  });
  if (missing.length) {
    const where = await knownSamples(datasetId, missing.map((l) => l.key.problem_id));
    await runLimited(missing, 4, async (l) => void (await tryIndex(l, where.get(l.sampleId))));
  }
  return out;
}

function joined(d: SampleDetail): JoinedSample {
  const s = d.sample;
  return {
    model: s.model ?? null,
    passed: s.passed ?? null,
    current_content_hash: d.contentHash,
    description: s.task?.description,
    buggy_code: s.task?.buggy_code,
    rationale: s.rationale,
    fixed_code: s.fixed_code,
  };
}

async function runLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(workers);
}
