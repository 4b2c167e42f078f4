import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { countCells } from '../../../shared/analysis/cells';
import { flipOrderIds, type FlipOrder } from '../../../shared/analysis/flipOrder';
import { computeFlips } from '../../../shared/analysis/flips';
import { computePaired } from '../../../shared/analysis/paired';
import type { FlipKind } from '../../../shared/analysis/types';
import { mergeColumns, reportUnread, withDatasets } from '../../services/dataset/cliSupport';
import { formatComparison } from './compareFormat';

interface CompareOptions {
  from: number;
  to: number;
  split?: string;
  kinds?: FlipKind[];
  order: FlipOrder;
  limit: number;
  resamples: number;
  seed: number;
  json?: boolean;
  mapping?: string;
}

const FLIP_KINDS: FlipKind[] = ['fail-to-pass', 'pass-to-fail', 'improved', 'regressed'];

function nonNegativeInt(name: string) {
  return (v: string) => {
    if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} must be a whole number ≥ 0, got "${v}"`);
    return Number(v);
  };
}

function kindList(v: string): FlipKind[] {
  const kinds = v.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !FLIP_KINDS.includes(k as FlipKind));
  if (bad.length) throw new InvalidArgumentError(`unknown kind ${bad.join(', ')}; choose from ${FLIP_KINDS.join(', ')}`);
  return kinds as FlipKind[];
}

function flipOrder(v: string): FlipOrder {
  if (!(flipOrderIds as readonly string[]).includes(v)) throw new InvalidArgumentError(`choose from ${flipOrderIds.join(', ')}`);
  return v as FlipOrder;
}

export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description(
      'Two self-training iterations on the same problems: the paired difference in per-problem pass rate with a bootstrap CI over problems, ' +
        'problems improved/regressed/unchanged with a sign test, and the flips (fail→pass, pass→fail, …), largest change first.',
    )
    .argument('<path...>', 'dataset files or folders (.jsonl, .jsonl.gz, JSON arrays)')
    .requiredOption('--from <iteration>', 'baseline iteration', nonNegativeInt('--from'))
    .requiredOption('--to <iteration>', 'iteration compared with the baseline', nonNegativeInt('--to'))
    .option('--split <name>', 'only this split (default: all splits, each problem × split paired on its own)')
    .option('--kinds <list>', `flip kinds to list, comma-separated (${FLIP_KINDS.join(', ')})`, kindList)
    .option('--order <order>', `flip order: ${flipOrderIds.join(', ')}`, flipOrder, 'size')
    .option('--limit <n>', 'flips to list (0: none; counts always cover all)', nonNegativeInt('--limit'), 20)
    .option('--resamples <n>', 'bootstrap resamples', nonNegativeInt('--resamples'), 2000)
    .option('--seed <n>', 'bootstrap seed (the same seed gives the same interval)', nonNegativeInt('--seed'), 1)
    .option('--json', 'print {paired, flips} as JSON')
    .option('--mapping <file>', 'field mapping (JSON) for files in another format')
    .addHelpText('after', '\nExample: tracelens compare datasets/demo --from 0 --to 3 --split dev\nExit status: 0 on success, 2 when a path cannot be read.')
    .action(async (paths: string[], options: CompareOptions) => {
      process.exitCode = await compareCommand(paths, options);
    });
}

export function compareCommand(paths: string[], options: CompareOptions, out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  return withDatasets('compare', paths, options, err, (datasets) => {
    const cols = mergeColumns(datasets);
    const cells = countCells(cols);
    const split = options.split ?? null;
    const paired = computePaired(cols, cells, options.from, options.to, split, { resamples: options.resamples, seed: options.seed });
    const flips = computeFlips(cols, cells, options.from, options.to, { split, kinds: options.kinds, order: options.order, limit: options.limit });
    const iterations = new Set<number>();
    for (let r = 0; r < cols.length; r++) iterations.add(cols.iteration[r]);
    if (options.json) out(JSON.stringify({ paired, flips }, null, 2));
    else out(formatComparison(paired, flips, { iterations: [...iterations].sort((a, b) => a - b), splits: cols.splits }));
    reportUnread('compare', datasets, err);
    return 0;
  });
}
