import type { SampleRow } from '../contract/dataset';
import type { SampleKey } from '../dataset/types';
import { sampleId } from './label';

export type StratumField = 'split' | 'iteration' | 'model' | 'passed';

/** What defines a queue: the same spec over the same dataset gives every annotator the same items. */
export interface QueueSpec {
  id: string;
  name: string;
  datasetId: string;
  /** Any text; shared between annotators so that they draw the same sample. */
  seed: string;
  /** Search query restricting the candidates (engine syntax, '' = all samples). */
  query: string;
  stratifyBy: StratumField[];
  /** Samples drawn from each stratum (e.g. N per iteration). */
  perStratum: number;
  /** How many items every annotator labels (for agreement); the rest is split between `annotators`. */
  overlap: number;
  /** Annotators sharing the non-overlap items round-robin; empty: everyone labels everything. */
  annotators: string[];
  createdAt: string;
}

export interface QueueItem {
  key: SampleKey;
  sampleId: string;
  /** Position in the dataset index when the queue was built (to open the sample). */
  index: number;
  stratum: string;
  /** In the overlap set every annotator labels. */
  shared: boolean;
  /** Who labels a non-shared item (null: everyone). */
  assignee: string | null;
}

export type QueueCandidate = Pick<SampleRow, 'index' | 'problem_id' | 'split' | 'iteration' | 'sample_index' | 'model' | 'passed'>;

/**
 * cyrb53: a fast, well-mixed 53-bit string hash. Seeding it with the queue
 * seed gives every sample a pseudo-random priority that depends only on the
 * seed and the sample's key — not on file order, paging or which annotator
 * built the queue — so everyone draws the identical sample.
 */
export function seededHash(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

interface Drawn {
  row: QueueCandidate;
  id: string;
  priority: number;
}

const before = (a: Drawn, b: Drawn) => a.priority < b.priority || (a.priority === b.priority && a.id < b.id);

/** Inserts into a sorted list capped at `n`; a key seen twice (duplicate lines) is one sample. */
function keepBest(top: Drawn[], e: Drawn, n: number): void {
  if (n <= 0) return;
  if (top.length === n && !before(e, top[n - 1]!)) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(top[mid]!, e)) lo = mid + 1;
    else hi = mid;
  }
  if (top[lo]?.id === e.id) return;
  top.splice(lo, 0, e);
  if (top.length > n) top.pop();
}

function stratumOf(row: QueueCandidate, fields: StratumField[]): string {
  if (fields.length === 0) return 'all';
  return fields.map((f) => `${f}=${f === 'passed' ? String(row.passed) : String(row[f] ?? 'none')}`).join(' ');
}

/**
 * Draws `perStratum` samples from every stratum by seeded priority, then
 * picks the overlap set by taking each stratum's first item in turn (so the
 * shared items cover every stratum), and deals the rest to the annotators.
 */
export function buildQueue(candidates: Iterable<QueueCandidate>, spec: Pick<QueueSpec, 'seed' | 'stratifyBy' | 'perStratum' | 'overlap' | 'annotators'>): QueueItem[] {
  // Only the best `perStratum` of each stratum are kept while reading, so a
  // million candidates never need a million-element sort or set.
  const strata = new Map<string, Drawn[]>();
  for (const row of candidates) {
    const id = sampleId(row);
    const entry: Drawn = { row, id, priority: seededHash(`${spec.seed}\u0000${id}`) };
    const stratum = stratumOf(row, spec.stratifyBy);
    let top = strata.get(stratum);
    if (!top) strata.set(stratum, (top = []));
    keepBest(top, entry, spec.perStratum);
  }
  const drawn = [...strata.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([stratum, list]) => ({ stratum, list }));

  // Round-robin over strata by rank: rank 0 of every stratum, then rank 1, ...
  const ordered: (Drawn & { stratum: string })[] = [];
  const maxLen = Math.max(0, ...drawn.map((d) => d.list.length));
  for (let rank = 0; rank < maxLen; rank++) {
    for (const d of drawn) if (d.list[rank]) ordered.push({ ...d.list[rank]!, stratum: d.stratum });
  }
  const annotators = [...new Set(spec.annotators)].sort();
  return ordered.map((e, i) => {
    const shared = i < spec.overlap || annotators.length === 0;
    return {
      key: { problem_id: e.row.problem_id, split: e.row.split, iteration: e.row.iteration, sample_index: e.row.sample_index },
      sampleId: e.id,
      index: e.row.index,
      stratum: e.stratum,
      shared,
      assignee: shared ? null : annotators[(i - spec.overlap) % annotators.length]!,
    };
  });
}

/** The items one annotator has to label: the shared set plus their share. */
export function itemsFor(items: readonly QueueItem[], annotator: string): QueueItem[] {
  return items.filter((it) => it.shared || it.assignee === null || it.assignee === annotator);
}

export interface QueueProgress {
  total: number;
  done: number;
  sharedTotal: number;
  sharedDone: number;
}

export function queueProgress(items: readonly QueueItem[], labelled: ReadonlySet<string>): QueueProgress {
  let done = 0;
  let sharedTotal = 0;
  let sharedDone = 0;
  for (const it of items) {
    const isDone = labelled.has(it.sampleId);
    if (isDone) done++;
    if (it.shared) {
      sharedTotal++;
      if (isDone) sharedDone++;
    }
  }
  return { total: items.length, done, sharedTotal, sharedDone };
}

/** The next item after `currentSampleId` (wrapping), optionally skipping labelled ones; null when none is left. */
export function nextItem(items: readonly QueueItem[], currentSampleId: string | null, labelled: ReadonlySet<string>, unlabelledOnly: boolean, step: 1 | -1 = 1): QueueItem | null {
  if (items.length === 0) return null;
  const at = currentSampleId === null ? -1 : items.findIndex((it) => it.sampleId === currentSampleId);
  const start = at === -1 ? (step === 1 ? -1 : items.length) : at;
  for (let n = 1; n <= items.length; n++) {
    const i = (((start + step * n) % items.length) + items.length) % items.length;
    const it = items[i]!;
    if (it.sampleId === currentSampleId) continue;
    if (!unlabelledOnly || !labelled.has(it.sampleId)) return it;
  }
  return null;
}
