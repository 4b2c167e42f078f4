import { Command } from 'commander';
import { APP_VERSION } from '../backend/version';
import { registerOpenCommand } from './commands/open';
import { registerServeCommand } from './commands/serve';
import { registerTraceCommand } from './commands/trace';
import { registerStatsCommand } from './commands/stats';
import { registerValidateCommand } from './commands/validate';
import { registerCompareCommand } from './commands/compare';

/**
 * `tracelens <command>`: each command lives in `commands/<name>.ts` and
 * registers itself here. Commands set `process.exitCode` rather than calling
 * `process.exit`, so that pending output is flushed.
 */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('tracelens')
    .description('Explore NExT-style execution-trace self-training runs (JSONL samples, traces, rationales, labels).')
    .version(APP_VERSION);
  registerOpenCommand(program);
  registerServeCommand(program);
  registerTraceCommand(program);
  registerStatsCommand(program);
  registerValidateCommand(program);
  registerCompareCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}

if (require.main === module) {
  runCli(process.argv).catch((err) => {
    console.error(`tracelens: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  });
}
