import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from './launchArgs';

describe('parseLaunchArgs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-args-'));
  writeFileSync(join(dir, 'run.jsonl'), '');

  it('finds a dataset path among electron switches, resolved against the cwd', () => {
    const argv = ['/usr/lib/tracelens/tracelens', '--no-sandbox', 'run.jsonl', '--enable-logging'];
    expect(parseLaunchArgs(argv, dir)).toEqual({ path: join(dir, 'run.jsonl'), link: null });
  });

  it('skips the app entry script in development and paths that do not exist', () => {
    const argv = ['/x/electron', '/repo/dist/electron/main.cjs', 'missing.jsonl', join(dir, 'run.jsonl')];
    expect(parseLaunchArgs(argv, '/')).toEqual({ path: join(dir, 'run.jsonl'), link: null });
  });

  it('recognises a tracelens:// deep link', () => {
    const link = 'tracelens://open?dataset=%2Fdata%2Frun&sample=12';
    expect(parseLaunchArgs(['/x/tracelens', link], dir)).toEqual({ path: null, link });
  });
});
