import type { Command } from 'commander';
import { formatStatsTable, reportUnread, statsAcross, withDatasets } from '../../services/dataset/cliSupport';

interface StatsOptions {
  json?: boolean;
  mapping?: string;
}

export function registerStatsCommand(program: Command): void {
  program
    .command('stats')
    .description('Per split × iteration statistics: samples, problems, fix rate, pass@1/5/10 (Chen et al. 2021), mean rationale length.')
    .argument('<path...>', 'dataset files or folders (.jsonl, .jsonl.gz, JSON arrays)')
    .option('--json', 'print a JSON array, one object per split × iteration')
    .option('--mapping <file>', 'field mapping (JSON) for files in another format')
    .addHelpText('after', '\nExit status: 0 on success (skipped lines are counted on stderr; see `tracelens validate`), 2 when a path cannot be read.')
    .action(async (paths: string[], options: StatsOptions) => {
      process.exitCode = await statsCommand(paths, options);
    });
}

export function statsCommand(paths: string[], options: StatsOptions, out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  return withDatasets('stats', paths, options, err, (datasets) => {
    const rows = statsAcross(datasets);
    if (options.json) out(JSON.stringify(rows, null, 2));
    else out(rows.length ? formatStatsTable(rows) : '(no records)');
    reportUnread('stats', datasets, err);
    return 0;
  });
}
