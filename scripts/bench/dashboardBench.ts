// Dashboard benchmark body (bundled and run by dashboard.mjs). Builds the
// dataset engine's column index for N samples and times every analysis
// request on it, in-thread and in the analysis worker (whose bundle
// dashboard.mjs builds and names in TRACELENS_ANALYSIS_WORKER). Prints figures; asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { countCells } from '../../shared/analysis/cells';
import { computeDashboard } from '../../shared/analysis/dashboard';
import { computeFlips } from '../../shared/analysis/flips';
import { computePaired } from '../../shared/analysis/paired';
import { computeProblem } from '../../shared/analysis/problem';
import { mulberry32 } from '../../shared/analysis/prng';
import { datasetColumnsSource } from '../../electron/services/analysis/datasetColumns';
import { COLUMN_NAMES, COLUMN_TYPES, Columns } from '../../electron/services/dataset/columns';
import { DatasetService } from '../../electron/services/dataset/datasetService';
import { compareServices, transferCost } from './dashboardThreads';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const samples = Number(arg('samples', '1000000'));
const iterations = Number(arg('iterations', '5'));
const perProblem = Number(arg('per-problem', '20'));
const engineMode = process.argv.includes('--engine');

function time<T>(label: string, fn: () => T, runs = 1): T {
  let result!: T;
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  console.log(`${label.padEnd(48)} ${median.toFixed(1).padStart(8)} ms${runs > 1 ? `  (median of ${runs}, min ${ms[0]!.toFixed(1)}, max ${ms.at(-1)!.toFixed(1)})` : ''}`);
  return result;
}

/**
 * A self-training run shaped like NExT's: problems × iterations × samples,
 * pass probability rising with the iteration and varying by problem, a
 * dev split, rationale lengths around 600 chars with a long tail.
 */
function syntheticColumns(n: number): Columns {
  const random = mulberry32(7);
  const problemsCount = Math.max(1, Math.round(n / (iterations * perProblem)));
  const cols = Object.fromEntries(COLUMN_NAMES.map((name) => [name, new COLUMN_TYPES[name](n)])) as unknown as Columns['cols'];
  const difficulty = Float64Array.from({ length: problemsCount }, () => random());
  for (let i = 0; i < n; i++) {
    const p = Math.floor(i / (iterations * perProblem)) % problemsCount;
    const it = Math.floor(i / perProblem) % iterations;
    cols.problem[i] = p;
    cols.split[i] = p % 5 === 0 ? 1 : 0;
    cols.iteration[i] = it;
    cols.sampleIndex[i] = i % perProblem;
    cols.passed[i] = random() < 0.02 ? -1 : random() < difficulty[p]! * (0.3 + 0.12 * it) ? 1 : 0;
    cols.rationaleChars[i] = Math.round(200 + 400 * -Math.log(1 - random()));
    cols.gConsistent[i] = -1;
    cols.gContradicted[i] = -1;
    cols.gUnverifiable[i] = -1;
    cols.model[i] = 0;
  }
  const problems = Array.from({ length: problemsCount }, (_, p) => `mbpp/${p}`);
  return Columns.restore(n, cols, problems, ['train', 'dev'], ['m']);
}

async function engineColumns(n: number): Promise<{ columns: Columns; datasets: DatasetService; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tracelens-dash-bench-'));
  const random = mulberry32(11);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = Math.floor(i / (iterations * perProblem));
    lines.push(
      JSON.stringify({
        problem_id: `mbpp/${p}`,
        split: p % 5 === 0 ? 'dev' : 'train',
        iteration: Math.floor(i / perProblem) % iterations,
        sample_index: i % perProblem,
        rationale: 'x'.repeat(50 + Math.floor(random() * 300)),
        passed: random() < 0.4,
      }),
    );
  }
  writeFileSync(path.join(dir, 'run.jsonl'), `${lines.join('\n')}\n`);
  const datasets = new DatasetService({ cacheDir: null, workerScript: null, workers: 1 });
  const t0 = performance.now();
  const ds = await datasets.openAndWait(dir);
  console.log(`${'index generated JSONL with the engine (in-process)'.padEnd(48)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms`);
  return { columns: ds.columns, datasets, dir };
}

async function main() {
  console.log(`Dashboard benchmark: ${samples.toLocaleString('en-US')} samples, ${iterations} iterations, ${perProblem} samples per problem per iteration`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);
  const engine = engineMode ? await engineColumns(samples) : null;
  const index = engine?.columns ?? time('build engine columns (synthetic)', () => syntheticColumns(samples));
  const fake = { get: (id: string) => (id === 'bench' ? ({ ds: { columns: index, generation: 0, state: 'ready' } } as never) : undefined) };
  const source = datasetColumnsSource(fake);
  const cols = (source.columns('bench') as { columns: Parameters<typeof countCells>[0] }).columns;

  const cells = time('per-problem cell counts (one pass)', () => countCells(cols), 3);
  const dash = time('dashboard aggregates from cell counts', () => computeDashboard(cols, cells), 3);
  const last = dash.iterations.at(-1)!;
  const first = dash.iterations[0]!;
  time(`flips iter ${first} → ${last}`, () => computeFlips(cols, cells, first, last), 3);
  const paired = time(`paired iter ${first} vs ${last} (2,000 bootstrap resamples)`, () => computePaired(cols, cells, first, last, null, { resamples: 2000, seed: 1 }), 3);
  time('problem grid (one problem)', () => computeProblem(cols, cells, 'mbpp/42'), 3);

  // What a user waits for: the analysis:dashboard request on a freshly indexed dataset, then again (cached),
  // from the in-thread service and the worker-backed one, with how long each blocks the main thread.
  transferCost(cols);
  const cold = await compareServices(source, process.env.TRACELENS_ANALYSIS_WORKER ?? null, first, last);
  console.log(`result: ${cold.groups.length} groups, ${cells.length.toLocaleString('en-US')} problem×iteration cells, ${JSON.stringify(cold).length.toLocaleString('en-US')} bytes of JSON to the renderer`);
  console.log(`paired: ${paired.pairs} problems, mean diff ${(paired.meanDiff! * 100).toFixed(2)} pp, 95% CI [${(paired.ci!.lo * 100).toFixed(2)}, ${(paired.ci!.hi * 100).toFixed(2)}] pp`);
  if (engine) {
    await engine.datasets.dispose();
    rmSync(engine.dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
