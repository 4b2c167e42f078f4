// `npm run datasets:demo [-- --seed N --out DIR]`: regenerates datasets/demo
// with the project's tracer. Bundled by scripts/build.mjs to
// dist/scripts/generate-demo.cjs.
import { Command } from 'commander';
import { resolve } from 'node:path';
import { buildDemo, DEFAULT_SEED } from './build';
import { cachedRunner } from './runner';
import { createServiceRunner } from './serviceRunner';
import { demoStamp, summarise, writeDemo } from './write';

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('generate-demo')
    .description('Write the Tracelens demo dataset (synthetic NExT-style self-training run, real traces).')
    .option('--seed <n>', 'seed of every random choice', String(DEFAULT_SEED))
    .option('--out <dir>', 'output folder', 'datasets/demo')
    .parse(argv);
  const { seed, out } = program.opts<{ seed: string; out: string }>();
  if (!/^\d+$/.test(seed)) {
    console.error(`generate-demo: --seed must be a non-negative integer, got "${seed}"`);
    process.exitCode = 2;
    return;
  }
  const runner = cachedRunner(createServiceRunner());
  const started = Date.now();
  try {
    // Fail early and clearly when there is no interpreter, rather than once per program.
    const python = await runner.python!();
    const files = await buildDemo({
      seed: Number(seed),
      runner,
      // A progress line that rewrites itself on a terminal, and stays quiet in logs.
      onProblem: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\rtracing problems: ${done}/${total}${done === total ? '\n' : ''}`);
      },
    });
    const dir = resolve(out);
    const all = new Map([...files, ['README.md', demoStamp(Number(seed), python)]]);
    writeDemo(dir, all);
    const bytes = [...all.values()].reduce((n, c) => n + Buffer.byteLength(c), 0);
    console.log(summarise(files).join('\n'));
    console.log(`wrote ${all.size} files (${(bytes / 1e6).toFixed(2)} MB) to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await runner.dispose?.();
  }
}

main(process.argv).catch((err) => {
  console.error(`generate-demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
