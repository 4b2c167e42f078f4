import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');
export const demoDataset = join(repoRoot, 'datasets', 'demo');

export interface ServeHandle {
  url: string;
  /** The copy of the dataset the server reads (tests may add or break files in it). */
  dataDir: string;
  userDataDir: string;
  output: () => string;
}

export interface RunningServe extends ServeHandle {
  /** SIGTERM, then removes the dataset copy and the user-data folder it made (a no-op kill after `kill()`). */
  stop(): Promise<void>;
  /**
   * SIGKILL: no shutdown hook runs, as in a crash or a power cut. The data and
   * user-data folders stay, so a second server can start on them
   * (`startServe({ dataDir, userDataDir })`); call `stop()` afterwards to remove them.
   */
  kill(): Promise<void>;
}

export interface StartServeOptions {
  /** File or folder to copy and serve (default: the demo dataset); a file keeps its name, so its format is still recognised. */
  dataset?: string;
  /** Serve this folder as is, without a copy (e.g. the data of a server that was killed: the dataset id follows the path). */
  dataDir?: string;
  args?: string[];
  userDataDir?: string;
}

/** Starts `tracelens serve` exactly as a user would, on a free port, and waits for its URL. */
export async function startServe(opts: StartServeOptions = {}): Promise<RunningServe> {
  const work = mkdtempSync(join(tmpdir(), 'tl-e2e-'));
  const source = opts.dataset ?? demoDataset;
  const sourceIsFile = !opts.dataDir && existsSync(source) && statSync(source).isFile();
  // Seed data is copied, so a test can never change the committed demo.
  const dataDir = opts.dataDir ?? (sourceIsFile ? join(work, 'data', basename(source)) : join(work, 'data'));
  if (sourceIsFile) mkdirSync(join(work, 'data'));
  if (!opts.dataDir && existsSync(source)) cpSync(source, dataDir, { recursive: true });
  const userDataDir = opts.userDataDir ?? join(work, 'user-data');
  const child: ChildProcess = spawn(
    process.execPath,
    [join(repoRoot, 'bin', 'tracelens.cjs'), 'serve', dataDir, '--port', '0', ...(opts.args ?? [])],
    { env: { ...process.env, TRACELENS_USER_DATA: userDataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Open (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    dataDir,
    userDataDir,
    output: () => output,
    async kill() {
      if (!running()) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (running()) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (running()) child.kill('SIGKILL');
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Calls a contract request from the page, as the UI does. */
export async function rpc(page: Page, name: string, args: unknown): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ([n, a]) => {
      const res = await fetch(`/api/rpc/${n}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
      return { status: res.status, body: await res.json() };
    },
    [name, args] as const,
  );
}

/** Each test gets its own server, dataset copy and user-data folder. */
export const test = base.extend<{ serve: RunningServe }>({
  serve: async ({}, use) => {
    const handle = await startServe();
    await use(handle);
    await handle.stop();
  },
});

export { expect };
