#!/usr/bin/env node
// Dashboard benchmark: bundles scripts/bench/dashboardBench.ts with esbuild and runs it.
// It builds the dataset engine's column index for 1M samples and prints the time of every
// analysis request (target: the dashboard in under 1 s once indexed). Prints figures; asserts nothing.
// Usage: npm run bench:dashboard [-- --samples 1000000] [--iterations 5] [--per-problem 20] [--engine]
//   --engine  indexes a generated JSONL file with the real engine first (slower; use fewer samples)
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'dash-bench-'));
const outfile = path.join(out, 'dashboardBench.cjs');
await build({
  entryPoints: [path.join(here, 'dashboardBench.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  logLevel: 'error',
});
try {
  createRequire(import.meta.url)(outfile);
} finally {
  // The bundle runs asynchronously; remove it when the process ends.
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
}
