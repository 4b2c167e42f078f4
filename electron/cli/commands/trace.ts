import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { TraceRunResult } from '../../../shared/contract/trace';
import { renderNextInline } from '../../../shared/trace/next';
import type { TestTrace } from '../../../shared/trace/types';
import { defaultResourcesDir, TraceService } from '../../services/trace';

interface TraceOptions {
  test: string[];
  format: string;
  timeout?: string;
  python?: string;
  entryPoint?: string;
  setup?: string;
  maxSteps?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerTraceCommand(program: Command): void {
  program
    .command('trace')
    .description('Run a Python file against tests in the sandboxed tracer and print its NExT inline trace.')
    .argument('<file>', 'Python source file (e.g. the buggy program)')
    .option('-t, --test <code>', 'a test, e.g. "assert f(2) == 4" (repeatable)', collect, [])
    .option('-f, --format <format>', 'next (inline trace comments) or json (structured trace)', 'next')
    .option('--timeout <ms>', 'wall-clock limit for the whole run, in milliseconds', '5000')
    .option('--python <path>', 'Python 3 interpreter (default: python3, then python)')
    .option('--entry-point <name>', 'function that HumanEval-style check(candidate) tests call')
    .option('--max-steps <n>', 'step cap per test', '10000')
    .option('--setup <code>', 'code run untraced before the program (e.g. "from typing import *")')
    .addHelpText('after', '\nExit status: 0 when every test passes, 1 when a test fails or the program does not compile, 2 on a usage error.')
    .action(async (file: string, options: TraceOptions) => {
      process.exitCode = await traceCommand(file, options);
    });
}

function fail(message: string): number {
  console.error(`tracelens trace: ${message}`);
  return 2;
}

async function traceCommand(file: string, options: TraceOptions): Promise<number> {
  const timeoutMs = Number(options.timeout);
  const maxSteps = Number(options.maxSteps);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 600_000) return fail(`--timeout must be a whole number of ms between 100 and 600000, not ${options.timeout}`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1) return fail(`--max-steps must be a positive whole number, not ${options.maxSteps}`);
  if (options.format !== 'next' && options.format !== 'json') return fail(`--format must be next or json, not ${options.format}`);
  if (!options.test.length) return fail('give at least one --test, e.g. --test "assert f(2) == 4"');
  let code: string;
  try {
    code = readFileSync(file, 'utf8');
  } catch (err) {
    return fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const service = new TraceService({ resourcesDir: defaultResourcesDir(), cacheDir: null, pythonPath: () => options.python, concurrency: 1 });
  try {
    const python = await service.python();
    if (!python.ok) return fail(`${python.error}\n  tried: ${python.tried.join('; ')}\n  (use --python <path>)`);
    if (python.warning) console.error(`tracelens trace: ${python.warning}`);
    const result = await service.run({ code, tests: options.test, entry_point: options.entryPoint, setup: options.setup, timeoutMs, maxSteps });
    if (options.format === 'json') console.log(JSON.stringify(result, null, 2));
    else console.log(formatNext(result));
    return result.tests.every((t) => t.passed) ? 0 : 1;
  } finally {
    await service.dispose();
  }
}

function headline(test: TestTrace, index: number, total: number): string {
  const verdict = test.passed ? 'passed' : test.outcome === 'failed' ? 'FAILED' : test.outcome.toUpperCase();
  const detail = test.message && !test.passed ? ` — ${test.message}` : '';
  const cut = test.truncated ? ' (trace truncated)' : '';
  return `# test ${index + 1}/${total}: ${verdict}${detail}${cut}`;
}

/** Each test's NExT rendering under a comment headline, with captured output as comment lines. */
export function formatNext(result: TraceRunResult): string {
  return result.tests
    .map((test, i) => {
      const lines = [headline(test, i, result.tests.length)];
      if (test.stdout) lines.push('# stdout:', ...test.stdout.replace(/\n$/, '').split('\n').map((l) => `# | ${l}`));
      lines.push(renderNextInline(result, i));
      return lines.join('\n');
    })
    .join('\n\n');
}
