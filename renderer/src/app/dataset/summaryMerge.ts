import type { DatasetSummary, IndexProgress } from '../../../../shared/contract';

const stateRank = { indexing: 0, ready: 1, error: 1 } as const;

/** 0 while a file is decompressed or converted, 1 once indexing (phase absent: an older backend, indexing). */
function phaseRank(s: DatasetSummary): number {
  const phase = s.progress?.phase;
  return phase === 'decompressing' || phase === 'converting' ? 0 : 1;
}

/**
 * Whether summary `a` describes a later moment of indexing than `b`. Events
 * and the `dataset:open` answer can cross on the wire; this keeps the UI from
 * stepping back from "ready" to "indexing" when they do.
 */
export function isLaterSummary(a: DatasetSummary, b: DatasetSummary): boolean {
  if (stateRank[a.state] !== stateRank[b.state]) return stateRank[a.state] > stateRank[b.state];
  // Decompression counts the compressed file's bytes: more of them is not later than any indexing.
  if (phaseRank(a) !== phaseRank(b)) return phaseRank(a) > phaseRank(b);
  if (a.records !== b.records) return a.records > b.records;
  return (a.progress?.bytesDone ?? 0) >= (b.progress?.bytesDone ?? 0);
}

/** The summary to show after a `dataset:changed` event: only the open dataset's, or the first one. */
export function applyChanged(current: DatasetSummary | null, incoming: DatasetSummary): DatasetSummary | null {
  if (!current) return incoming;
  if (current.id !== incoming.id) return current;
  // A re-index (file changed on disk) legitimately goes back to 'indexing'; only
  // a stale echo of the same run is refused, recognised by fewer records while still indexing.
  if (incoming.state === 'indexing' && current.state === 'indexing' && incoming.records < current.records) return current;
  return incoming;
}

/** The summary after a `dataset:progress` event for `datasetId`. */
export function applyProgress(current: DatasetSummary | null, datasetId: string, progress: IndexProgress): DatasetSummary | null {
  if (!current || current.id !== datasetId || current.state !== 'indexing') return current;
  return { ...current, progress, records: Math.max(current.records, progress.records) };
}
