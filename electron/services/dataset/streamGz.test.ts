import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DatasetService, type DatasetServiceOptions } from './datasetService';
import type { OpenDataset } from './openDataset';
import { sampleLine, tempDataset } from './testUtil';

/** Rationales that barely compress (a fixed pseudo-random text), so the gzip's first half holds about half the records. */
function noise(seed: number, chars: number): string {
  let x = seed * 2654435761 + 1;
  let out = '';
  for (let i = 0; i < chars; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += String.fromCharCode(97 + (x >>> 16) % 26);
  }
  return out;
}

/** Records with a bad line and a blank line sprinkled in; the last line has no newline. */
function jsonl(records: number, prefix: string): string {
  const lines = Array.from({ length: records }, (_, i) => {
    if (i % 401 === 7) return `{"problem_id": "${prefix}${i}", broken`;
    if (i % 517 === 9) return '';
    return sampleLine({ problem_id: `${prefix}${i}`, sample_index: i, rationale: noise(i, 1500) });
  });
  return lines.join('\n');
}

/**
 * A compressed source that stops after `fraction` of the file until
 * `release()`: decompression cannot finish before it, however fast the machine.
 */
function gate(fraction: number) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const source = (file: string) => {
    const data = readFileSync(file);
    const cut = Math.floor(data.length * fraction);
    return Readable.from(
      (async function* () {
        yield data.subarray(0, cut);
        await released;
        yield data.subarray(cut);
      })(),
    );
  };
  return { source, release };
}

const B = jsonl(3000, 'b');
const C = jsonl(700, 'c') + '\n';
const A = jsonl(50, 'a') + '\n';
const services: DatasetService[] = [];
const service = (opts: Partial<DatasetServiceOptions> = {}) => {
  const svc = new DatasetService({ cacheDir: mkdtempSync(path.join(tmpdir(), 'tl-gzcache-')), ...opts });
  services.push(svc);
  return svc;
};
afterAll(() => Promise.all(services.map((s) => s.dispose())));

/** Every row in index order as (file number, line, offset, length, problem), and the issues by file number. */
function layout(ds: OpenDataset) {
  const c = ds.columns.cols;
  const rows = Array.from({ length: ds.columns.count }, (_, r) => [c.file[r], ds.lineOf(r), c.offset[r], c.length[r], ds.columns.problems.values[c.problem[r]]]);
  const fileNo = new Map(ds.files.map((f, i) => [f.source.relPath, i]));
  const issues = ds.issues().map((i) => [fileNo.get(i.file), i.line, i.reason]);
  const { records, skipped, lines } = ds.summary();
  return { rows, order: Array.from(ds.fileOrder()), issues, records, skipped, lines };
}

describe('a .jsonl.gz is indexed while it is decompressed', () => {
  it('serves rows in file order while the summary still says decompressing, then finishes with every record', async () => {
    const dir = tempDataset({ 'big.jsonl.gz': gzipSync(B) });
    const file = path.join(dir, 'big.jsonl.gz');
    const g = gate(0.5);
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'tl-gzcache-'));
    const svc = service({ cacheDir, gzipSource: g.source });
    const { id } = await svc.open(file);
    await vi.waitFor(() => expect(svc.summary(id).records).toBeGreaterThan(100), { timeout: 10_000, interval: 20 });
    const during = svc.summary(id);
    expect(during.state).toBe('indexing');
    expect(during.progress).toMatchObject({ phase: 'decompressing', file: 'big.jsonl.gz' });
    expect(during.progress!.records).toBe(during.records);
    const page = await svc.query(id, { query: '' }, 0, 20);
    expect(page.rows.map((r) => r.problem_id)).toEqual(Array.from({ length: 22 }, (_, i) => `b${i}`).filter((p) => p !== 'b7' && p !== 'b9'));
    expect((await svc.sample(id, page.rows[10].index)).source).toEqual({ file: 'big.jsonl.gz', line: 13 });
    // Nothing a later open would take as the finished copy: only this run's part file.
    const converted = path.join(cacheDir, 'converted');
    expect(readdirSync(converted).map((n) => (n.endsWith('.part') ? 'part' : n))).toEqual(['part']);

    g.release();
    const ds = await svc.openAndWait(file);
    expect(ds.summary()).toMatchObject({ state: 'ready', records: 3000 - 8 - 6, skipped: 8, lines: 3000 });
    expect(ds.summary().progress).toMatchObject({ phase: 'indexing', records: 3000 - 8 - 6 });
    expect(readdirSync(converted).filter((n) => !n.endsWith('.part'))).toHaveLength(2); // the copy and its .issues.json
  });

  it('gives the same indexes, lines and issues as the decompressed files opened as plain JSONL', async () => {
    const plain = tempDataset({ 'a.jsonl': A, 'b.jsonl': B, 'c.jsonl': C });
    const packed = tempDataset({ 'a.jsonl': A, 'b.jsonl.gz': gzipSync(B), 'c.jsonl.gz': gzipSync(C) });
    const expected = layout(await service().openAndWait(plain));
    // Small chunks while decompressing: many chunks, scanned out of order by two workers.
    const ds = await service({ workers: 2, streamChunkBytes: 64 * 1024 }).openAndWait(packed);
    expect(ds.chunks.length).toBeGreaterThan(20);
    expect(layout(ds)).toEqual(expected);
    expect(expected.issues.length).toBe(8 + 2 + 1);
  });

  it('a .jsonl.gz holding a JSON array, or nothing, is prepared as before once decompressed', async () => {
    const records = Array.from({ length: 400 }, (_, i) => JSON.parse(sampleLine({ problem_id: `p${i}`, rationale: noise(i, 1500) })));
    const dir = tempDataset({ 'arr.jsonl.gz': gzipSync(JSON.stringify(records, null, 1)), 'empty.jsonl.gz': gzipSync('') });
    const svc = service();
    const ds = await svc.openAndWait(dir);
    expect(ds.summary()).toMatchObject({ state: 'ready', records: 400, skipped: 0 });
    const page = await svc.query(ds.id, { query: '' }, 398, 10);
    expect(page.rows.map((r) => r.problem_id)).toEqual(['p398', 'p399']);
    expect((await svc.sample(ds.id, page.rows[1].index)).source).toEqual({ file: 'arr.jsonl.gz', line: 400 });
    expect(ds.issues().map((i) => [i.file, i.line, i.severity, i.reason.slice(0, 30)])).toEqual([
      ['arr.jsonl.gz', 1, 'warning', 'a JSON array where JSONL was e'],
      ['empty.jsonl.gz', 1, 'warning', 'empty file: no records'],
    ]);
  });

  it('a truncated gzip that streams keeps the decoded records and reports one problem at the first line lost', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => sampleLine({ problem_id: `p${i}`, rationale: noise(i, 1500) })).join('\n') + '\n';
    const gz = gzipSync(text);
    const dir = tempDataset({ 'cut.jsonl.gz': gz.subarray(0, Math.floor(gz.length * 0.6)) });
    const ds = await service({ streamChunkBytes: 64 * 1024 }).openAndWait(path.join(dir, 'cut.jsonl.gz'));
    const { records } = ds.summary();
    expect(records).toBeGreaterThan(1000);
    expect(records).toBeLessThan(3000);
    expect(ds.issues()).toEqual([expect.objectContaining({ file: 'cut.jsonl.gz', line: records + 1, reason: expect.stringMatching(/gzip data is damaged or ends early/) })]);
    expect(ds.issues()[0].reason).toContain(`the ${records} lines decoded before it are loaded`);
  });

  it('a second open reuses the decompressed copy and the index cache', async () => {
    const dir = tempDataset({ 'big.jsonl.gz': gzipSync(B) });
    const file = path.join(dir, 'big.jsonl.gz');
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'tl-gzcache-'));
    const first = new DatasetService({ cacheDir });
    const a = layout(await first.openAndWait(file));
    await first.dispose(); // removes its part file; the published copy stays
    const converted = readdirSync(path.join(cacheDir, 'converted'));
    expect(converted.filter((n) => n.endsWith('.part'))).toEqual([]);
    expect(converted).toHaveLength(2);
    const second = service({ cacheDir });
    const ds = await second.openAndWait(file);
    expect(ds.fromCache).toBe(true);
    expect(layout(ds)).toEqual(a);
    const page = await second.query(ds.id, { query: '' }, 2976, 10);
    expect((await second.sample(ds.id, page.rows.at(-1)!.index)).sample.problem_id).toBe('b2999');
  });

  it('closing the dataset mid-decompression leaves no copy a later open would take as complete', async () => {
    const dir = tempDataset({ 'big.jsonl.gz': gzipSync(B) });
    const file = path.join(dir, 'big.jsonl.gz');
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'tl-gzcache-'));
    const g = gate(0.5);
    const svc = new DatasetService({ cacheDir, gzipSource: g.source });
    const { id } = await svc.open(file);
    await vi.waitFor(() => expect(svc.summary(id).records).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
    await svc.dispose();
    await vi.waitFor(() => expect(readdirSync(path.join(cacheDir, 'converted'))).toEqual([]), { timeout: 10_000, interval: 20 });
    const ds = await service({ cacheDir }).openAndWait(file);
    expect(ds.summary()).toMatchObject({ state: 'ready', records: 3000 - 8 - 6, fromCache: false });
  });

  it('two datasets decompressing the same file at once do not write into each other', async () => {
    const dir = tempDataset({ 'big.jsonl.gz': gzipSync(B) });
    const file = path.join(dir, 'big.jsonl.gz');
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'tl-gzcache-'));
    const [x, y] = await Promise.all([service({ cacheDir }).openAndWait(file), service({ cacheDir }).openAndWait(file)]);
    expect(layout(x)).toEqual(layout(y));
    expect(x.summary().records).toBe(3000 - 8 - 6);
    const copy = readdirSync(path.join(cacheDir, 'converted')).find((n) => n.endsWith('.jsonl'))!;
    expect(readFileSync(path.join(cacheDir, 'converted', copy), 'utf8')).toBe(B);
    expect(existsSync(path.join(cacheDir, 'converted', copy + '.issues.json'))).toBe(true);
  });
});
