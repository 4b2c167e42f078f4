// Runs a TypeScript benchmark in this process: esbuild bundles it to a temporary
// CommonJS file (the shared/ and electron/ code it imports included), which is
// then required; the bundle is removed when the process ends.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `entry`: a file name in scripts/bench, e.g. `labelsBench.ts`. */
export async function runBundled(entry) {
  const out = mkdtempSync(path.join(tmpdir(), 'tl-bench-'));
  const outfile = path.join(out, entry.replace(/\.ts$/, '.cjs'));
  // The bundle may still be running asynchronously when require returns.
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  await build({ entryPoints: [path.join(here, entry)], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'error' });
  createRequire(import.meta.url)(outfile);
}
