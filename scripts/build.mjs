#!/usr/bin/env node
// Builds everything `npm start`, `tracelens serve` and the tests run:
// the renderer with Vite (dist/renderer) and the Node/Electron side with
// esbuild (dist/electron/*.cjs), plus the Python tracer beside them.
// Usage: node scripts/build.mjs [--electron-only] [--renderer-only]
import { build as esbuild } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'electron');
const args = new Set(process.argv.slice(2));

/**
 * Node-side bundles. Worker-thread entry points and scripts go here too; each
 * is found at run time beside the others (`path.join(__dirname, '<out>.cjs')`).
 * Entries whose source does not exist yet are skipped.
 */
const entries = [
  { in: 'electron/main/main.ts', out: 'main' },
  { in: 'electron/preload/preload.ts', out: 'preload' },
  { in: 'electron/cli/main.ts', out: 'cli' },
  { in: 'electron/services/dataset/worker/datasetWorker.ts', out: 'datasetWorker' },
  { in: 'electron/services/analysis/worker/analysisWorker.ts', out: 'analysisWorker' },
  { in: 'scripts/demo/generate.ts', out: 'generate-demo', dir: 'dist/scripts' },
];

async function buildElectron() {
  const started = Date.now();
  mkdirSync(out, { recursive: true });
  const present = entries.filter((e) => existsSync(join(root, e.in)));
  await Promise.all(
    present.map((e) =>
      esbuild({
        absWorkingDir: root,
        entryPoints: [e.in],
        outfile: join(root, e.dir ?? 'dist/electron', `${e.out}.cjs`),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: 'linked',
        // Electron is provided by the runtime; everything else is bundled so the
        // CLI and the packaged app do not depend on node_modules layout.
        external: ['electron'],
        logLevel: 'warning',
      }),
    ),
  );
  const tracer = join(root, 'electron', 'tracer');
  if (existsSync(tracer)) cpSync(tracer, join(out, 'tracer'), { recursive: true });
  console.log(`electron: ${present.map((e) => e.out).join(', ')} built in ${Date.now() - started} ms`);
}

async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.mts'), logLevel: 'warn' });
  console.log('renderer: built into dist/renderer');
}

if (!args.has('--renderer-only')) await buildElectron();
if (!args.has('--electron-only')) await buildRenderer();
