import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { SampleDetail } from '../../../shared/contract/dataset';
import { adapterByName } from '../../../shared/dataset/adapters';
import { canonicalJson } from '../../../shared/dataset/canonicalJson';
import type { Sample } from '../../../shared/dataset/types';
import type { OpenDataset } from './openDataset';
import { joinTask } from './problems';

/** sha256 of the sample's canonical JSON (sorted keys): stable across key order and re-export. */
export function contentHash(sample: Sample): string {
  return createHash('sha256').update(canonicalJson(sample)).digest('hex');
}

/** The raw bytes of row r, read at its offset. */
export async function readRecordText(ds: OpenDataset, r: number): Promise<string> {
  const { file, offset, length } = ds.columns.cols;
  const f = ds.files[file[r]];
  const fh = await fs.open(f.dataPath, 'r');
  try {
    const buf = Buffer.allocUnsafe(length[r]);
    const { bytesRead } = await fh.read(buf, 0, length[r], offset[r]);
    return buf.toString('utf8', 0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Reads, parses and normalises one record; joins its problem from problems.jsonl. */
export async function readSample(ds: OpenDataset, r: number): Promise<SampleDetail> {
  const f = ds.files[ds.columns.cols.file[r]];
  const text = await readRecordText(ds, r);
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(text);
  } catch (err) {
    throw new Error(`${f.source.relPath}:${ds.lineOf(r)}: the record changed on disk or cannot be parsed (${(err as Error).message})`);
  }
  const adapter = adapterByName(f.adapter!, ds.mapping);
  const { sample, warnings } = adapter.normalise(record, { file: f.source.relPath, pathFacts: f.pathFacts });
  const task = joinTask(sample.task, ds.problems.get(sample.problem_id));
  if (task) sample.task = task;
  return {
    index: r,
    key: { problem_id: sample.problem_id, split: sample.split, iteration: sample.iteration, sample_index: sample.sample_index },
    contentHash: contentHash(sample),
    sample,
    source: { file: f.source.relPath, line: ds.lineOf(r) },
    warnings,
  };
}
