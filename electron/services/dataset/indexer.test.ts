import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetService } from './datasetService';
import { discoverFiles } from './discoverFiles';
import { runIndex } from './indexer';
import { prepareDataset } from './prepareDataset';
import { sampleLine, tempDataset } from './testUtil';
import { scanChunk } from './worker/scanChunk';
import { WorkerPool } from './workerPool';

const convertDir = mkdtempSync(path.join(tmpdir(), 'tl-conv-'));
const threaded = new WorkerPool(2);
const inProcess = new WorkerPool(1, null);
afterAll(async () => {
  await threaded.dispose();
  await inProcess.dispose();
});

// 300 records of varied length with bad lines sprinkled in.
const lines: string[] = [];
for (let i = 0; i < 300; i++) {
  if (i % 37 === 5) lines.push('{"problem_id": broken');
  else if (i % 53 === 7) lines.push('');
  else lines.push(sampleLine({ problem_id: `p${i}`, sample_index: i, rationale: 'r'.repeat(i * 7) }));
}
const dir = tempDataset({ 'runs/iter3/dev.jsonl': lines.join('\n') + '\n' });

async function indexWith(pool: WorkerPool, chunkBytes: number) {
  const ds = await prepareDataset(await discoverFiles(dir), null, convertDir);
  const f = ds.files[0];
  ds.chunks = [];
  for (let s = 0; s < f.dataSize; s += chunkBytes) ds.chunks.push({ file: 0, start: s, end: Math.min(f.dataSize, s + chunkBytes), lines: null, linesSeen: 0, bytesDone: 0 });
  ds.bytesTotal = f.dataSize;
  await runIndex(ds, pool, { strict: false });
  const order = ds.fileOrder();
  const row = (r: number) => [ds.columns.problems.values[ds.columns.cols.problem[r]], ds.lineOf(r)];
  return {
    ds,
    rows: Array.from(order, row),
    byIndex: Array.from({ length: ds.columns.count }, (_, r) => row(r)),
    issues: ds.issues().map((i) => i.line),
  };
}

describe('runIndex', () => {
  const expectedRows = lines.flatMap((l, i) => (l.startsWith('{"problem_id":"') ? [[`p${i}`, i + 1]] : []));
  const expectedIssues = lines.flatMap((l, i) => (l.includes('broken') ? [i + 1] : []));

  it.each([
    ['one chunk, worker threads', 1 << 30, threaded],
    ['chunks cutting through records, worker threads', 997, threaded],
    ['small chunks, in-process fallback', 1499, inProcess],
  ])('%s: every record once, with its file line, indexed in file order', async (_name, chunk, pool) => {
    const { rows, byIndex, issues, ds } = await indexWith(pool, chunk);
    expect(rows).toEqual(expectedRows);
    // Index i is the i-th record of the file, however the workers' chunks finished.
    expect(byIndex).toEqual(expectedRows);
    expect(issues).toEqual(expectedIssues);
    expect(ds.totalLines()).toBe(300);
  });

  it('takes split and iteration from the path when records lack them', async () => {
    const noFacets = tempDataset({ 'iter2/eval/dev.jsonl': JSON.stringify({ problem_id: 'a', passed: false }) + '\n' });
    const ds = await prepareDataset(await discoverFiles(noFacets), null, convertDir);
    ds.chunks = [{ file: 0, start: 0, end: ds.files[0].dataSize, lines: null, linesSeen: 0, bytesDone: 0 }];
    await runIndex(ds, threaded, { strict: false });
    expect([ds.columns.splits.values[ds.columns.cols.split[0]], ds.columns.cols.iteration[0]]).toEqual(['dev', 2]);
  });
});

describe('sample indexes', () => {
  it('are the same on every open of a folder: file order, not the order workers finish', async () => {
    // A big file first and small ones after: the small ones finish first on a second worker.
    const big = Array.from({ length: 4000 }, (_, i) => sampleLine({ problem_id: `big${i}`, rationale: 'x'.repeat(400) }));
    const folder = tempDataset({
      'a/iter0.jsonl': big.join('\n') + '\n',
      'b/iter0.jsonl': sampleLine({ problem_id: 'b0' }) + '\n',
      'c/iter0.jsonl': sampleLine({ problem_id: 'c0' }) + '\n' + sampleLine({ problem_id: 'c1' }) + '\n',
    });
    const expected = [...big.map((_, i) => `big${i}`), 'b0', 'c0', 'c1'];
    for (let open = 0; open < 3; open++) {
      const svc = new DatasetService({ cacheDir: null });
      try {
        const ds = await svc.openAndWait(folder);
        expect(Array.from({ length: ds.columns.count }, (_, r) => ds.columns.problems.values[ds.columns.cols.problem[r]])).toEqual(expected);
      } finally {
        await svc.dispose();
      }
    }
  });
});

describe('scanChunk', () => {
  it('skips a line longer than the limit with a precise issue and goes on', () => {
    const file = path.join(tempDataset({ 'a.jsonl': [sampleLine({ problem_id: 'a' }), sampleLine({ rationale: 'x'.repeat(9000) }), sampleLine({ problem_id: 'c' })].join('\n') }), 'a.jsonl');
    const seen: string[] = [];
    const issues: Array<[number, string]> = [];
    scanChunk({ kind: 'scan', jobId: 1, path: file, relPath: 'a.jsonl', start: 0, end: 1 << 20, adapter: 'canonical', mapping: null, pathFacts: {}, firstBatch: 10, strict: false }, (m) => {
      if (m.kind !== 'batch') return;
      seen.push(...Array.from(m.problem, (c) => m.dict[c]));
      issues.push(...m.issues.map((i): [number, string] => [i.relLine, i.reason]));
    }, 4096);
    expect(seen).toEqual(['a', 'c']);
    expect(issues).toEqual([[1, 'line longer than 4 KB: skipped']]);
  });
});
