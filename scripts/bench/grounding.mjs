#!/usr/bin/env node
// Grounding benchmark: bundles scripts/bench/groundingBench.ts with esbuild and runs it.
// Prints figures for the trace-grounding check: per-record cost over the demo
// dataset (what the engine's background column pays), a 200 KB rationale, and
// a 100,000-event trace. Asserts nothing.
// Usage: node scripts/bench/grounding.mjs [--repeat 3]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'grounding-bench-'));
const outfile = path.join(out, 'groundingBench.cjs');
await build({ entryPoints: [path.join(here, 'groundingBench.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'error' });
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
createRequire(import.meta.url)(outfile);
