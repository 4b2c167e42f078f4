import { appendFileSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetService } from './datasetService';
import { sampleLine, tempDataset } from './testUtil';

const lines = (n: number, from = 0) => Array.from({ length: n }, (_, i) => sampleLine({ problem_id: `p${from + i}`, passed: i % 2 === 0 })).join('\n') + '\n';

async function openOnce(cacheDir: string, p: string) {
  const svc = new DatasetService({ cacheDir });
  try {
    const ds = await svc.openAndWait(p);
    const page = await svc.query(ds.id, { query: 'passed:true' }, 0, 1000);
    const detail = await svc.sample(ds.id, page.rows[page.rows.length - 1].index);
    return { fromCache: ds.fromCache, summary: ds.summary(), issues: ds.issues(), passed: page.total, last: detail };
  } finally {
    await svc.dispose();
  }
}

describe('on-disk index cache', () => {
  it('reopens an unchanged dataset from the cache with the same rows, lines and issues', async () => {
    const dir = tempDataset({ 'a.jsonl': lines(40) + '{broken\n' + lines(10, 40) });
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'tl-cache-'));
    const first = await openOnce(cacheDir, dir);
    const second = await openOnce(cacheDir, dir);
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.summary.records).toBe(50);
    expect(second.summary.lines).toBe(51);
    expect(second.passed).toBe(first.passed);
    expect(second.issues).toEqual(first.issues);
    expect(second.last.source).toEqual(first.last.source);
    expect(second.last.contentHash).toBe(first.last.contentHash);
  });

  it('re-indexes a file that changed on disk', async () => {
    const dir = tempDataset({ 'a.jsonl': lines(20) });
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'tl-cache-'));
    await openOnce(cacheDir, dir);
    appendFileSync(path.join(dir, 'a.jsonl'), lines(5, 20));
    const after = await openOnce(cacheDir, dir);
    expect(after.fromCache).toBe(false);
    expect(after.summary.records).toBe(25);
    // Same size, new modification time: still re-indexed.
    utimesSync(path.join(dir, 'a.jsonl'), new Date(), new Date(Date.now() + 5000));
    expect((await openOnce(cacheDir, dir)).fromCache).toBe(false);
  });

  it('a service notices the change when the same path is opened again', async () => {
    const dir = tempDataset({ 'a.jsonl': lines(3) });
    const svc = new DatasetService({ cacheDir: null });
    const a = await svc.openAndWait(dir);
    appendFileSync(path.join(dir, 'a.jsonl'), lines(2, 3));
    const b = await svc.openAndWait(dir);
    expect([a.columns.count, b.columns.count]).toEqual([3, 5]);
    expect(await svc.openAndWait(dir)).toBe(b);
    // Two opens of a new dataset at once (a UI effect run twice) share one index.
    const other = tempDataset({ 'x.jsonl': lines(4) });
    const [x, y] = await Promise.all([svc.openAndWait(other), svc.openAndWait(other)]);
    expect(x).toBe(y);
    await svc.dispose();
  });
});

describe('open datasets', () => {
  it('closes the least recently used one beyond six, and says so when it is asked for', async () => {
    const svc = new DatasetService({ cacheDir: null });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push((await svc.openAndWait(tempDataset({ 'a.jsonl': lines(1, i) }))).id);
      if (i === 5) svc.summary(ids[0]); // dataset 0 used again: dataset 1 is now the oldest
    }
    expect(() => svc.summary(ids[1])).toThrow(/No open dataset/);
    expect(svc.summary(ids[0]).records).toBe(1);
    expect(svc.summary(ids[6]).records).toBe(1);
    await svc.dispose();
  });
});
