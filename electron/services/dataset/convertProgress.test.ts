import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { IndexProgress } from '../../../shared/contract/dataset';
import { prepareFile, type ConvertProgress } from './convert';
import { DatasetService } from './datasetService';
import { sampleLine, tempDataset } from './testUtil';

/** About 4 MB of gzip: random rationales do not compress, so the input is read in many chunks. */
function bigGz(records: number): Buffer {
  const lines = Array.from({ length: records }, (_, i) => sampleLine({ problem_id: `p${i}`, sample_index: i, rationale: randomBytes(1500).toString('base64') }));
  return gzipSync(lines.join('\n') + '\n');
}

const RECORDS = 2000;
const gz = bigGz(RECORDS);
const events: IndexProgress[] = [];
const svc = new DatasetService({ cacheDir: null, onProgress: (_id, p) => events.push(p) });
afterAll(() => svc.dispose());

describe('progress while a .jsonl.gz is decompressed', () => {
  it('reports the compressed bytes read, rising to the whole file', async () => {
    const dir = tempDataset({ 'big.jsonl.gz': gz });
    const file = path.join(dir, 'big.jsonl.gz');
    const seen: ConvertProgress[] = [];
    const source = { path: file, relPath: 'big.jsonl.gz', size: gz.length, mtimeMs: statSync(file).mtimeMs, kind: 'jsonl.gz' as const };
    const prepared = await prepareFile(source, mkdtempSync(path.join(tmpdir(), 'tracelens-conv-')), (p) => seen.push({ ...p }));
    expect(prepared.issues).toEqual([]);
    expect(seen.every((p) => p.phase === 'decompressing' && p.bytesTotal === gz.length)).toBe(true);
    const done = seen.map((p) => p.bytesDone);
    expect(new Set(done).size).toBeGreaterThan(10);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(gz.length);
  });

  it('emits decompressing progress events for the file, then indexes every record', async () => {
    const dir = tempDataset({ 'HumanEval.jsonl.gz': gz });
    const ds = await svc.openAndWait(path.join(dir, 'HumanEval.jsonl.gz'));
    expect(ds.summary()).toMatchObject({ state: 'ready', records: RECORDS, skipped: 0 });
    const firstIndexing = events.findIndex((p) => p.phase !== 'decompressing');
    const decompressing = events.slice(0, firstIndexing);
    expect(decompressing.length).toBeGreaterThanOrEqual(2);
    expect(decompressing.every((p) => p.file === 'HumanEval.jsonl.gz' && p.bytesTotal === gz.length)).toBe(true);
    expect(decompressing.map((p) => p.bytesDone)).toEqual(decompressing.map((p) => p.bytesDone).sort((a, b) => a - b));
    expect(decompressing.at(-1)!.bytesDone).toBe(gz.length);
    // Indexing follows, over the decompressed bytes, and never goes back to decompressing.
    const after = events.slice(firstIndexing);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((p) => p.phase === 'indexing' && p.file === undefined)).toBe(true);
    expect(after.at(-1)).toMatchObject({ records: RECORDS, bytesTotal: ds.bytesTotal });
    expect(ds.bytesTotal).toBeGreaterThan(gz.length);
  });
});
