import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { demoDataset, repoRoot } from '../fixtures';

export interface KillableServe {
  url: string;
  /** SIGKILL: no shutdown hook runs, as in a crash or a power cut. */
  kill(): Promise<void>;
}

/**
 * `tracelens serve` like the shared fixture, but with the process at hand so
 * a test can kill it abruptly; the caller owns (and removes) `work`.
 */
export async function startKillableServe(work: string, userDataDir: string): Promise<KillableServe & { dataDir: string }> {
  const dataDir = join(work, 'data');
  if (!existsSync(dataDir)) cpSync(demoDataset, dataDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'bin', 'tracelens.cjs'), 'serve', dataDir, '--port', '0'], {
    env: { ...process.env, TRACELENS_USER_DATA: userDataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Open (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
