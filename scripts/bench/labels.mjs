#!/usr/bin/env node
// Labels benchmark: bundles scripts/bench/labelsBench.ts with esbuild and runs it.
// Prints figures for the annotation paths that grow with a long human evaluation:
// fsync'd journal appends (the autosave cost), journal replay, import planning,
// agreement statistics and queue drawing. Asserts nothing.
// Usage: node scripts/bench/labels.mjs [--labels 100000] [--appends 300] [--candidates 1000000]
import { runBundled } from './runBundled.mjs';

await runBundled('labelsBench.ts');
