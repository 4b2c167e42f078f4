#!/usr/bin/env node
// Dashboard benchmark: bundles scripts/bench/dashboardBench.ts with esbuild and runs it.
// It builds the dataset engine's column index for 1M samples and prints the time of every
// analysis request (target: the dashboard in under 1 s once indexed). Prints figures; asserts nothing.
// Usage: npm run bench:dashboard [-- --samples 1000000] [--iterations 5] [--per-problem 20] [--engine]
//   --engine  indexes a generated JSONL file with the real engine first (slower; use fewer samples)
import { runBundled } from './runBundled.mjs';

await runBundled('dashboardBench.ts');
