#!/usr/bin/env node
// Annotation worker benchmark: the longest stall of the UI thread while `tracelens serve`
// (the built app: run `npm run build` first) reads a large label export and computes
// agreement with bootstrap intervals, once with the annotation Web Worker and once with
// the inline fallback (window.Worker removed before the page loads). Stalls are the
// browser's long tasks (> 50 ms); the wall time is from picking the file / ticking the
// interval box to the result on screen. Prints figures; asserts nothing.
// Usage: node scripts/bench/annotationWorker.mjs [--annotators 100] [--agreement-annotators 3]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// Inside node_modules so that the packages left out of the bundle (Playwright, zod) resolve.
const cache = path.join(here, '..', '..', 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(path.join(cache, 'tl-bench-annotation-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const outfile = path.join(out, 'annotationWorkerBench.cjs');
// Playwright and the other packages stay outside the bundle; the shared/ code is compiled in.
await build({ entryPoints: [path.join(here, 'annotationWorkerBench.ts')], bundle: true, packages: 'external', platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'error' });
await createRequire(import.meta.url)(outfile).main();
