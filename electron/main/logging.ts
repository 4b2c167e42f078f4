import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LOG_BYTES = 5 * 1024 * 1024;

/**
 * Main-process errors go to `<userData>/logs/main.log` (rotated once at 5 MB),
 * so a user can attach it to a bug report. Uncaught errors are logged, not
 * fatal: a bug in one handler must not take the labels' window down.
 */
export function installMainLogging(userDataDir: string): (message: string) => void {
  const dir = join(userDataDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'main.log');
  const log = (message: string) => {
    try {
      if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
      appendFileSync(file, `${new Date().toISOString()} ${message}\n`);
    } catch {
      // Logging must never become the failure.
    }
  };
  process.on('uncaughtException', (err) => log(`uncaughtException: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (reason) => log(`unhandledRejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
  return log;
}
