#!/usr/bin/env node
// Grounding benchmark: bundles scripts/bench/groundingBench.ts with esbuild and runs it.
// Prints figures for the trace-grounding check: per-record cost over the demo
// dataset (what the engine's background column pays), a 200 KB rationale, and
// a 100,000-event trace. Asserts nothing.
// Usage: node scripts/bench/grounding.mjs [--repeat 3]
import { runBundled } from './runBundled.mjs';

await runBundled('groundingBench.ts');
