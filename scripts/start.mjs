#!/usr/bin/env node
// `npm start [-- <dataset path>]`: builds, then launches the desktop app on the
// given dataset or the bundled demo.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import electronBinary from './electronBinary.cjs';
const { findElectronBinary } = electronBinary;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
if (built.status !== 0) process.exit(built.status ?? 1);

const electron = findElectronBinary();
if (!electron.path) {
  console.error(`Cannot start the desktop app: ${electron.reason}.`);
  console.error('Install it with `npm install` on a machine that can download Electron, or use the browser host: `npm run serve`.');
  process.exit(1);
}
const args = process.argv.slice(2);
const child = spawn(electron.path, [join(root, 'dist', 'electron', 'main.cjs'), ...(args.length ? args : [join(root, 'datasets', 'demo')])], {
  stdio: 'inherit',
  cwd: root,
});
child.on('exit', (code) => process.exit(code ?? 0));
