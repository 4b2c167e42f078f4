import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { replayJournal } from '../../../shared/annotation/journal';
import { LabelJournal } from './journal';

const work = mkdtempSync(path.join(tmpdir(), 'tracelens-journal-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the writer child until it has acknowledged `acks` labels, then SIGKILLs it mid-session. */
function runAndKill(userDataDir: string, datasetId: string, acks: number): Promise<Map<string, string>> {
  const bundle = path.join(work, 'crashChild.cjs');
  buildSync({ entryPoints: [path.join(__dirname, 'crashChild.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, userDataDir, datasetId], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked = new Map<string, string>();
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const [id, updatedAt] = line.slice(4).split('\t') as [string, string];
        acked.set(id, updatedAt);
        if (acked.size === acks) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`writer exited without being killed (${signal})`))));
  });
}

describe('label journal durability', () => {
  it('brings back every acknowledged label after the writer is killed abruptly, twice over', async () => {
    const userDataDir = path.join(work, 'profile');
    const first = await runAndKill(userDataDir, 'demo', 40);
    // A second session after the crash appends after a possibly torn line and is killed too.
    const second = await runAndKill(userDataDir, 'demo', 25);
    const read = await new LabelJournal(userDataDir).read('demo');
    // The only unreadable line allowed is one torn by the kill (never acknowledged).
    expect(read.issues.filter((i) => i.reason !== 'not valid JSON')).toEqual([]);
    expect(read.issues.length).toBeLessThanOrEqual(1);
    const replayed = new Map(replayJournal(read.entries).labels.map((l) => [l.id, l.updatedAt]));
    // Both sessions label the same keys from i = 0, so the second session's versions must win.
    const expected = new Map([...first, ...second]);
    for (const [id, updatedAt] of expected) expect(replayed.get(id), id).toBe(updatedAt);
    expect(replayed.size).toBeGreaterThanOrEqual(expected.size);
  });
});
