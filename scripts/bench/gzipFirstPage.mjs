#!/usr/bin/env node
// Time to first page and to ready for a .jsonl.gz, old engine vs this one, in the same run.
// Usage: node scripts/bench/gzipFirstPage.mjs --file big.jsonl.gz [--base <commit>] [--runs 2]
// `--base` (default: the commit before the one that made decompression stream) is
// exported with `git archive` into a temp folder and runs the same bench file there.
// Prints figures only; asserts nothing.
import { build } from 'esbuild';
import { execSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const arg = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const file = resolve(arg('file') ?? '');
const runs = Number(arg('runs') ?? 2);
const streamingCommit = execSync('git log --format=%H -1 --grep="Index a .jsonl.gz while it is decompressed"', { cwd: root }).toString().trim();
const base = arg('base') ?? `${streamingCommit}^`;

async function bundle(tree, out) {
  const common = { absWorkingDir: tree, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' };
  await Promise.all([
    build({ ...common, entryPoints: [join(tree, 'scripts/bench/gzipFirstPage.ts')], outfile: join(out, 'gzipFirstPage.cjs'), nodePaths: [join(root, 'node_modules')] }),
    build({ ...common, entryPoints: [join(tree, 'electron/services/dataset/worker/datasetWorker.ts')], outfile: join(out, 'datasetWorker.cjs'), nodePaths: [join(root, 'node_modules')] }),
  ]);
}

const work = mkdtempSync(join(tmpdir(), 'tl-gzbench-src-'));
try {
  // The old engine: its sources, with this bench file beside them (it imports ../../electron/...).
  const old = join(work, 'base');
  mkdirSync(old);
  execSync(`git archive ${base} electron shared | tar -x -C ${old}`, { cwd: root });
  mkdirSync(join(old, 'scripts', 'bench'), { recursive: true });
  copyFileSync(join(root, 'scripts/bench/gzipFirstPage.ts'), join(old, 'scripts/bench/gzipFirstPage.ts'));
  symlinkSync(join(root, 'node_modules'), join(old, 'node_modules'));
  const variants = [
    { name: `before (${execSync(`git rev-parse --short ${base}`, { cwd: root }).toString().trim()})`, out: join(work, 'out-before'), tree: old },
    { name: `after (${execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim()}${execSync('git status --porcelain electron shared', { cwd: root }).toString().trim() ? '+changes' : ''})`, out: join(work, 'out-after'), tree: root },
  ];
  for (const v of variants) await bundle(v.tree, v.out);
  console.log(`${file}: ${(statSync(file).size / 1048576).toFixed(1)} MB compressed; ${runs} run(s) of each, alternating`);
  for (let i = 0; i < runs; i++) {
    for (const v of variants) {
      const res = spawnSync(process.execPath, [join(v.out, 'gzipFirstPage.cjs'), file], { cwd: root, encoding: 'utf8' });
      if (res.status !== 0) {
        console.log(`${v.name}: failed\n${res.stderr}`);
        continue;
      }
      const { first, reopen } = JSON.parse(res.stdout.trim().split('\n').at(-1));
      console.log(
        `${v.name.padEnd(24)} first page ${String(first.firstPageMs).padStart(6)} ms (bar: ${first.phaseAtFirstPage})` +
          ` · ready ${String(first.readyMs).padStart(6)} ms · ${first.records} records` +
          ` · reopen: first page ${reopen.firstPageMs} ms, ready ${reopen.readyMs} ms${reopen.fromCache ? ' (index cache)' : ''}`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
