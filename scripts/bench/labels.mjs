#!/usr/bin/env node
// Labels benchmark: bundles scripts/bench/labelsBench.ts with esbuild and runs it.
// Prints figures for the annotation paths that grow with a long human evaluation:
// fsync'd journal appends (the autosave cost), journal replay, import planning,
// agreement statistics and queue drawing. Asserts nothing.
// Usage: node scripts/bench/labels.mjs [--labels 100000] [--appends 300] [--candidates 1000000]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'labels-bench-'));
const outfile = path.join(out, 'labelsBench.cjs');
await build({ entryPoints: [path.join(here, 'labelsBench.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'error' });
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
createRequire(import.meta.url)(outfile);
