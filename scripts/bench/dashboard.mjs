#!/usr/bin/env node
// Dashboard benchmark: bundles scripts/bench/dashboardBench.ts with esbuild and runs it.
// It builds the dataset engine's column index for 1M samples and prints the time of every
// analysis request (target: the dashboard in under 1 s once indexed), from the in-thread
// service and from the analysis worker, with the longest main-thread stall of each and the
// cost of handing the columns to the worker. Prints figures; asserts nothing.
// Usage: npm run bench:dashboard [-- --samples 1000000] [--iterations 5] [--per-problem 20] [--engine]
//   --engine  indexes a generated JSONL file with the real engine first (slower; use fewer samples)
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundled } from './runBundled.mjs';

// The analysis worker bundle, as scripts/build.mjs makes it (the benchmark itself runs from a temp bundle).
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = mkdtempSync(path.join(tmpdir(), 'tl-bench-worker-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const worker = path.join(out, 'analysisWorker.cjs');
await build({ entryPoints: [path.join(root, 'electron/services/analysis/worker/analysisWorker.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: worker, logLevel: 'error' });
process.env.TRACELENS_ANALYSIS_WORKER = worker;

await runBundled('dashboardBench.ts');
