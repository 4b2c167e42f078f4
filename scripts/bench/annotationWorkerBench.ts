import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEXT_RUBRIC } from '../../shared/annotation/defaultRubric';
import { exportJsonl } from '../../shared/annotation/exportFormat';
import { makeLabel, type LabelRecord } from '../../shared/annotation/label';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium, CHROMIUM_ARGS } = require('../findChromium.cjs') as typeof import('../findChromium.cjs');

const root = process.cwd();
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
type Row = { problem_id: string; split: string; iteration: number; sample_index: number };

async function serve(): Promise<{ url: string; dataDir: string; work: string; stop(): void }> {
  const work = mkdtempSync(path.join(tmpdir(), 'tl-bench-serve-'));
  const dataDir = path.join(work, 'data');
  cpSync(path.join(root, 'datasets', 'demo'), dataDir, { recursive: true });
  const child = spawn(process.execPath, [path.join(root, 'bin', 'tracelens.cjs'), 'serve', dataDir, '--port', '0'], {
    env: { ...process.env, TRACELENS_USER_DATA: path.join(work, 'user-data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (c: Buffer) => {
      text += c.toString();
      const m = /Open (http:\/\/\S+)/.exec(text);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${text}`)));
  });
  return { url, dataDir, work, stop: () => (child.kill('SIGTERM'), rmSync(work, { recursive: true, force: true })) };
}

// Browser-side code is written as strings: this file is type-checked without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rpc = (page: Page, name: string, args: unknown): Promise<any> =>
  page.evaluate(`fetch('/api/rpc/${name}', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(JSON.stringify(args))} }).then((r) => r.json()).then((b) => b.value)`);
const LONG_TASKS = `window.__long = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });`;


function labelsFor(datasetId: string, rows: Row[], annotators: number): LabelRecord[] {
  const bug = ['yes', 'partly', 'no'];
  return Array.from({ length: annotators }, (_, a) => `coder${a + 1}`).flatMap((annotator, a) =>
    rows.map((r, i) =>
      makeLabel(
        {
          datasetId,
          key: { problem_id: r.problem_id, split: r.split, iteration: r.iteration, sample_index: r.sample_index },
          contentHash: 'h',
          annotator,
          rubricId: NEXT_RUBRIC.id,
          rubricVersion: NEXT_RUBRIC.version,
          values: { identifies_bug: bug[(i + (i % 7 === a % 7 ? 1 : 0)) % 3]!, trace_reasoning: String(((i + (i % 5 === a ? 1 : 0)) % 5) + 1), usefulness: String((i % 5) + 1) },
          note: '',
        },
        new Date(),
      ),
    ),
  );
}

function saved(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Runs `action` until `done` resolves; returns the wall time and the long tasks seen meanwhile. */
async function measure(page: Page, action: () => Promise<void>, done: () => Promise<void>) {
  await page.evaluate('window.__long.length = 0');
  const t0 = Date.now();
  await action();
  await done();
  const wall = Date.now() - t0;
  const long = (await page.evaluate('window.__long.slice()')) as number[];
  return { wall, longest: long.length ? Math.max(...long) : 0, blocked: long.reduce((s, d) => s + d, 0), count: long.length };
}

const fmt = (m: { wall: number; longest: number; blocked: number; count: number }) =>
  `${m.wall} ms to the result; longest UI stall ${m.longest.toFixed(0)} ms; ${m.count} long tasks, ${m.blocked.toFixed(0)} ms in all`;

export async function main(): Promise<void> {
  const browserPath = findChromium().path;
  const browser = await chromium.launch({ executablePath: browserPath ?? undefined, args: CHROMIUM_ARGS });
  const annotators = arg('annotators', 100);
  const agreementAnnotators = arg('agreement-annotators', 3);
  try {
    for (const mode of ['worker', 'inline'] as const) {
      const server = await serve();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.addInitScript({ content: LONG_TASKS + (mode === 'inline' ? 'delete window.Worker;' : '') });
        await page.goto(server.url);
        const datasetId: string = (await rpc(page, 'dataset:open', { path: server.dataDir })).id;
        while ((await rpc(page, 'dataset:summary', { datasetId }))?.state !== 'ready') await page.waitForTimeout(200);
        const rows = (await rpc(page, 'dataset:query', { datasetId, query: '', limit: 1000 })).rows as Row[];
        await page.getByTestId('tab-labels').click();
        await page.getByTestId('labels-view').waitFor();

        const big = exportJsonl({ datasetId, labels: labelsFor(datasetId, rows, annotators), rubrics: [NEXT_RUBRIC], now: new Date() });
        const read = await measure(
          page,
          // From a file on disk: a buffer would be decoded by script in the page, a stall of its own.
          () => page.getByTestId('import-labels').setInputFiles(saved(server.work, 'big.jsonl', big)),
          () => page.getByTestId('import-summary').waitFor({ timeout: 600_000 }),
        );
        console.log(`[${mode}] read + plan an export of ${(rows.length * annotators).toLocaleString('en-US')} rows (${(big.length / 1e6).toFixed(1)} MB): ${fmt(read)}`);

        // Agreement: a second export by a few annotators, imported, then bootstrap intervals.
        await page.reload();
        await page.getByTestId('tab-labels').click();
        const small = exportJsonl({ datasetId, labels: labelsFor(datasetId, rows, agreementAnnotators), rubrics: [NEXT_RUBRIC], now: new Date() });
        await page.getByTestId('import-labels').setInputFiles(saved(server.work, 'small.jsonl', small));
        await page.getByTestId('import-apply').click();
        await page.getByText(/Imported \d+ new labels/).waitFor({ timeout: 600_000 });
        await page.getByTestId('agreement-row-identifies_bug').waitFor();
        await page.getByTestId('agreement-progress').waitFor({ state: 'detached', timeout: 600_000 });
        const ci = await measure(
          page,
          () => page.getByTestId('agreement-ci').check(),
          async () => {
            await page.getByTestId('agreement-row-identifies_bug').filter({ hasText: '[' }).waitFor({ timeout: 600_000 });
            await page.getByTestId('agreement-progress').waitFor({ state: 'detached' });
          },
        );
        console.log(`[${mode}] agreement with 95% bootstrap intervals (1,000 resamples) over ${(rows.length * agreementAnnotators).toLocaleString('en-US')} labels by ${agreementAnnotators}: ${fmt(ci)}`);
        await page.close();
      } finally {
        server.stop();
      }
    }
  } finally {
    await browser.close();
  }
}
