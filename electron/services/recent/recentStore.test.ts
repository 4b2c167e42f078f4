import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentStore } from './recentStore';

describe('RecentStore', () => {
  it('keeps the newest first without duplicates and flags missing paths', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-recent-'));
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, '');
    writeFileSync(b, '');
    const store = new RecentStore(dir);
    store.add(a, 1);
    store.add(b, 2);
    store.add(a, 3);
    expect(store.list().map((e) => e.path)).toEqual([a, b]);
    rmSync(b);
    expect(store.list().find((e) => e.path === b)?.exists).toBe(false);
    expect(store.remove(b).map((e) => e.path)).toEqual([a]);
  });

  it('treats a corrupt file as an empty list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-recent-'));
    writeFileSync(join(dir, 'recent.json'), '[{"path": 3}, "x", {"path": "/p", "openedAt": 1}');
    expect(new RecentStore(dir).list()).toEqual([]);
  });
});
