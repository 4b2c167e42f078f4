#!/usr/bin/env node
// `npm run bench`: bundles the TypeScript dataset benchmark and its worker with
// esbuild into dist/bench, then runs it with --expose-gc. Prints figures only.
// Usage: npm run bench [-- --1m] [--records N] [--dir bench-data]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'bench');
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['scripts/bench/dataset.ts'], outfile: join(out, 'dataset.cjs') }),
  // The engine finds its worker beside the running bundle: dist/bench/datasetWorker.cjs.
  build({ ...common, entryPoints: ['electron/services/dataset/worker/datasetWorker.ts'], outfile: join(out, 'datasetWorker.cjs') }),
]);
const res = spawnSync(process.execPath, ['--expose-gc', join(out, 'dataset.cjs'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exitCode = res.status ?? 1;
