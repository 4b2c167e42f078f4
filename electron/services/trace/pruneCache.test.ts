import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneCache } from './pruneCache';

const dir = mkdtempSync(join(tmpdir(), 'tracelens-prune-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pruneCache', () => {
  it('removes the oldest traces until the cache is well under its bound', async () => {
    const files = ['aa/aa1.json', 'aa/aa2.json', 'bb/bb1.json', 'bb/bb2.json'];
    files.forEach((f, i) => {
      mkdirSync(join(dir, f.slice(0, 2)), { recursive: true });
      writeFileSync(join(dir, f), 'x'.repeat(1000));
      utimesSync(join(dir, f), 1000 + i, 1000 + i); // aa1 oldest … bb2 newest
    });
    expect(await pruneCache(dir, 5000)).toBe(0);
    expect(await pruneCache(dir, 3000)).toBe(2000);
    expect(files.map((f) => existsSync(join(dir, f)))).toEqual([false, false, true, true]);
  });

  it('ignores a missing folder', async () => {
    expect(await pruneCache(join(dir, 'nope'), 10)).toBe(0);
  });
});
