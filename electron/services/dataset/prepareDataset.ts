import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { mappingOrThrow, type FieldMapping } from '../../../shared/dataset/adapters';
import { inferPathFacts } from '../../../shared/dataset/pathInfer';
import { prepareFile, type OnConvertProgress, type Prepared } from './convert';
import { detectFile, type Detection } from './detect';
import type { Discovered, SourceFile } from './discoverFiles';
import { OpenDataset, type FileEntry } from './openDataset';
import { loadProblems } from './problems';

export function datasetIdFor(root: string): string {
  return createHash('sha1').update(root).digest('hex').slice(0, 16);
}

/**
 * Builds the dataset's file table: converts .gz and JSON arrays, recognises
 * each file's format, loads problems.jsonl, and records file-level issues
 * (empty file, unrecognised fields). Nothing is indexed yet.
 */
export async function prepareDataset(found: Discovered, mappingText: string | null, convertDir: string): Promise<OpenDataset> {
  const ds = createDataset(found, mappingText);
  await prepareFiles(ds, found, convertDir);
  return ds;
}

/** The empty dataset object (throws at once on a bad mapping); its files are filled by `prepareFiles`. */
export function createDataset(found: Discovered, mappingText: string | null): OpenDataset {
  const mapping: FieldMapping | null = mappingText ? mappingOrThrow(mappingText) : null;
  return new OpenDataset(datasetIdFor(found.root), found.root, path.basename(found.root), mapping, mappingText);
}

/**
 * Fills the file table before indexing (used when every .jsonl.gz is
 * already decompressed; otherwise `streamFiles` indexes as it decompresses).
 * Converting a JSON array may take a while, so it runs while the state says
 * indexing, with `ds.conversion` saying how far the current conversion is
 * (`onConversion` is called at each step).
 */
export async function prepareFiles(ds: OpenDataset, found: Discovered, convertDir: string, onConversion?: () => void): Promise<void> {
  warnIfNoFiles(ds, found);
  let converted = false;
  for (const source of found.files) {
    await addPrepared(ds, source, await prepareFile(source, convertDir, conversionTracker(ds, source, () => ((converted = true), onConversion?.()))));
  }
  for (const p of found.problems) {
    await loadProblems(p.path, p.relPath, ds.problems, ds.fileIssues);
  }
  // Indexing's rate and time left measure indexing alone, not the decompression before it.
  if (converted) ds.startedAt = Date.now();
}

/** A warning when the path holds no dataset file at all. */
export function warnIfNoFiles(ds: OpenDataset, found: Discovered): void {
  if (found.files.length > 0) return;
  ds.fileIssues.push({ file: path.basename(found.root), line: 1, reason: 'no dataset files here (.jsonl, .jsonl.gz or .json)', severity: 'warning' });
}

/** A file whose preparation is over (no conversion in progress any more): its issues are reported and it joins the file table. */
export async function addPrepared(ds: OpenDataset, source: SourceFile, prepared: Prepared): Promise<FileEntry> {
  ds.conversion = null;
  ds.fileIssues.push(...prepared.issues);
  return addFile(ds, source, prepared);
}

/** Keeps `ds.conversion` up to date with a file's conversion progress (for `ds.progress()`). */
export function conversionTracker(ds: OpenDataset, source: SourceFile, then?: () => void): OnConvertProgress {
  return (p) => {
    if (!ds.conversion || ds.conversion.file !== source.relPath || ds.conversion.phase !== p.phase) ds.conversion = { ...p, file: source.relPath, startedAt: Date.now() };
    else Object.assign(ds.conversion, p);
    then?.();
  };
}

/**
 * Adds a prepared file to the file table with its adapter: detected (`det`,
 * or read from the file now), else the mapping's, else none (an issue says
 * its fields were not recognised). Returns the entry.
 */
export async function addFile(ds: OpenDataset, source: SourceFile, prepared: Prepared, det?: Detection): Promise<FileEntry> {
  const { size: dataSize } = await fs.stat(prepared.dataPath).catch(() => ({ size: 0 }));
  const entry: FileEntry = { source, dataPath: prepared.dataPath, dataSize, adapter: null, fields: [], pathFacts: inferPathFacts(source.relPath), records: 0, skipped: 0, lines: 0 };
  ds.files.push(entry);
  if (prepared.skip) return entry;
  det ??= await detectFile(prepared.dataPath);
  entry.fields = det.fields;
  entry.adapter = adapterFor(ds, det);
  if (!entry.adapter) {
    ds.unrecognised.push({ file: source.relPath, fields: det.fields });
    ds.fileIssues.push({ file: source.relPath, line: 1, reason: `fields not recognised (${det.fields.slice(0, 12).join(', ')}): open it with a field mapping` });
  }
  return entry;
}

/** The adapter a file with these detected fields is read with, or null (unrecognised, no mapping). */
export function adapterFor(ds: OpenDataset, det: Detection): string | null {
  if (det.adapter) return det.adapter;
  if (ds.mapping) return `mapping:${ds.mapping.name}`;
  if (det.fields.length === 0) return 'canonical'; // nothing readable up front: scan it to report every bad line
  return null;
}
