import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_MAX_AGE_MS, sweepCache, touch } from './cacheSweep';

describe('sweepCache', () => {
  it('removes index and converted files unused for 30 days and keeps the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tl-sweep-'));
    mkdirSync(path.join(dir, 'converted'));
    const old = new Date(Date.now() - CACHE_MAX_AGE_MS - 60_000);
    for (const f of ['a.bin', 'a.json', 'converted/x.jsonl', 'b.bin', 'converted/y.jsonl']) writeFileSync(path.join(dir, f), 'x');
    for (const f of ['a.bin', 'a.json', 'converted/x.jsonl', 'b.bin']) utimesSync(path.join(dir, f), old, old);
    await touch(path.join(dir, 'b.bin')); // used again: stays
    expect(await sweepCache(dir)).toBe(3);
    expect(['a.bin', 'a.json', 'converted/x.jsonl', 'b.bin', 'converted/y.jsonl'].map((f) => existsSync(path.join(dir, f)))).toEqual([false, false, false, true, true]);
  });

  it('removes the part files of a process that is gone, at once, and keeps those of running ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tl-sweep-'));
    mkdirSync(path.join(dir, 'converted'));
    const gone = spawnSync(process.execPath, ['-e', '']).pid!; // exited by the time spawnSync returns
    const names = [`x.jsonl.${gone}.k3j9.part`, `x.jsonl.${process.pid}.a1b2.part`, `y.jsonl.${process.ppid}.zz.part`];
    for (const f of names) writeFileSync(path.join(dir, 'converted', f), 'x');
    expect(await sweepCache(dir)).toBe(1);
    expect(names.map((f) => existsSync(path.join(dir, 'converted', f)))).toEqual([false, true, true]);
  });
});
