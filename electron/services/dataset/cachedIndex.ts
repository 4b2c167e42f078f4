import type { InputIssue } from '../../../shared/dataset/types';
import { loadIndex, saveIndex } from './indexCache';
import type { OpenDataset } from './openDataset';

/** What the index cache keeps beside the columns: per-file counts and the issues. */
interface CacheExtra {
  files: Array<{ records: number; skipped: number; lines: number }>;
  issues: InputIssue[];
  droppedErrors: number;
  chunks: number;
  elapsedMs: number;
}

/** Saves a finished index to the on-disk cache under `key`. */
export async function saveIndexOf(ds: OpenDataset, dir: string, key: string): Promise<void> {
  const extra: CacheExtra = { files: ds.files.map((f) => ({ records: f.records, skipped: f.skipped, lines: ds.chunks.filter((c) => ds.files[c.file] === f).reduce((n, c) => n + (c.lines ?? 0), 0) })), issues: ds.issues(), droppedErrors: ds.droppedErrors, chunks: ds.chunks.length, elapsedMs: ds.elapsedMs };
  await saveIndex(dir, key, ds.columns, extra);
}

/** Loads the cached index for `key` into `ds` (then ready); false when there is none that fits. */
export async function restoreIndex(ds: OpenDataset, dir: string, key: string): Promise<boolean> {
  const hit = await loadIndex<CacheExtra>(dir, key);
  if (!hit || hit.extra.files.length !== ds.files.length) return false;
  ds.columns = hit.columns;
  hit.extra.files.forEach((f, i) => Object.assign(ds.files[i], f));
  ds.fileIssues = hit.extra.issues;
  ds.droppedErrors = hit.extra.droppedErrors ?? 0;
  ds.restoredChunks = hit.extra.chunks;
  ds.resolvedRows = ds.columns.count;
  ds.fromCache = true;
  ds.bytesTotal = ds.files.reduce((n, f) => n + (f.adapter ? f.dataSize : 0), 0);
  ds.elapsedMs = Date.now() - ds.startedAt;
  ds.state = 'ready';
  ds.generation++;
  return true;
}
