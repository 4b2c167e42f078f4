import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(__dirname, '..', '..', '..', 'bin', 'tracelens.cjs');
const built = existsSync(join(__dirname, '..', '..', '..', 'dist', 'electron', 'cli.cjs'));

describe.skipIf(!built)('tracelens <path> (requires `npm run build`)', () => {
  it('refuses a path that does not exist, naming it, with exit status 2', () => {
    const r = spawnSync(process.execPath, [cli, '/no/such/dataset.jsonl'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such file or folder: /no/such/dataset.jsonl');
  });
});
