import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DatasetService } from './datasetService';
import { sampleLine, tempDataset } from './testUtil';

const line = (id: string, it = 0, rationale = 'fine') => sampleLine({ problem_id: id, iteration: it, rationale }) + '\n';

describe('a file that grows while it is open (a training run appending samples)', () => {
  it('indexes only the appended lines into the same index: handles stay valid, lines and order are right', async () => {
    const dir = tempDataset({ 'a.jsonl': line('a1') + line('a2', 0, 'off by one'), 'b.jsonl': line('b1', 1) });
    const svc = new DatasetService({ cacheDir: null, watch: true });
    try {
      const ds = await svc.openAndWait(dir);
      const before = await svc.sample(ds.id, 1);
      appendFileSync(path.join(dir, 'a.jsonl'), line('a3', 0, 'OFF BY ONE again') + '{broken\n' + line('a4'));
      await vi.waitFor(() => expect(ds.summary()).toMatchObject({ state: 'ready', records: 5, skipped: 1 }), { timeout: 10_000, interval: 50 });
      // Same dataset object: the watcher appended instead of re-indexing.
      expect(svc.get(ds.id)!.ds).toBe(ds);
      expect((await svc.sample(ds.id, 1)).contentHash).toBe(before.contentHash);
      const page = await svc.query(ds.id, { query: '' }, 0, 10);
      expect(page.rows.map((r) => r.problem_id)).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
      const a4 = page.rows.find((r) => r.problem_id === 'a4')!;
      expect((await svc.sample(ds.id, a4.index)).source).toEqual({ file: 'a.jsonl', line: 5 });
      expect(ds.issues()).toEqual([expect.objectContaining({ file: 'a.jsonl', line: 4, reason: expect.stringMatching(/^invalid JSON/) })]);
      expect((await svc.query(ds.id, { query: '"off by one"' }, 0, 10)).rows.map((r) => r.problem_id)).toEqual(['a2', 'a3']);
    } finally {
      await svc.dispose();
    }
  });

  it('re-indexes from scratch when the file was rewritten rather than appended to', async () => {
    const dir = tempDataset({ 'a.jsonl': line('a1') + line('a2') });
    const svc = new DatasetService({ cacheDir: null, watch: true });
    try {
      const ds = await svc.openAndWait(dir);
      writeFileSync(path.join(dir, 'a.jsonl'), line('z1') + line('z2') + line('z3'));
      await vi.waitFor(() => expect(svc.get(ds.id)!.ds).not.toBe(ds), { timeout: 10_000, interval: 50 });
      const fresh = await svc.openAndWait(dir);
      expect((await svc.query(fresh.id, { query: '' }, 0, 10)).rows.map((r) => r.problem_id)).toEqual(['z1', 'z2', 'z3']);
    } finally {
      await svc.dispose();
    }
  });
});
