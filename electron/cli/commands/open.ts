import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../../scripts/electronBinary.cjs';
import { bundleDir, demoDatasetPath } from '../../backend/paths';


/**
 * `tracelens [path]` (the default command): opens the desktop app on a
 * dataset, as `code <folder>` does. A running app receives the path through
 * its single-instance lock instead of starting a second one.
 */
export function registerOpenCommand(program: Command): void {
  program
    .command('open [path]', { isDefault: true })
    .description('Open a dataset file or folder in the desktop app (the default command: `tracelens <path>`).')
    .action((path: string | undefined) => {
      const target = resolve(path ?? demoDatasetPath());
      if (!existsSync(target)) {
        console.error(`tracelens: no such file or folder: ${target}`);
        process.exitCode = 2;
        return;
      }
      const binary = findElectronBinary().path;
      if (!binary) {
        console.error('tracelens: the desktop app is not installed here (no Electron binary).');
        console.error(`Use the browser host instead: tracelens serve ${JSON.stringify(target)}`);
        process.exitCode = 1;
        return;
      }
      const child = spawn(binary, [join(bundleDir(), 'main.cjs'), target], { detached: true, stdio: 'ignore' });
      child.unref();
      console.log(`Opening ${target} in Tracelens`);
    });
}
