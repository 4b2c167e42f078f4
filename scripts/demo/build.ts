import type { Sample } from '../../shared/dataset/types';
import { parseNextInline, renderNextInline } from '../../shared/trace/next';
import type { StructuredTrace } from '../../shared/trace/types';
import { type PreparedProblem, prepareProblem } from './candidates';
import { extractFacts, type TraceFacts } from './facts';
import { MALFORMED_SHARD, malformedLines } from './malformed';
import { demoProblems, problemId } from './problems';
import { createRng } from './prng';
import type { TraceRunner } from './runner';
import { buildSample, ITERATIONS, taskOf, type TraceForm } from './sample';

/**
 * The whole demo as file contents keyed by path under `datasets/demo/`.
 * Deterministic for a seed: the tracer's output is stable once timings are
 * dropped, and every random choice comes from a labelled seeded stream.
 */
export const DEFAULT_SEED = 20240721;
export const SAMPLES_PER_SPLIT = { train: 8, dev: 10 } as const;

export interface BuildOptions {
  seed: number;
  runner: TraceRunner;
  onProblem?: (done: number, total: number) => void;
  /** Problems traced at once (default 2); the output does not depend on it. */
  parallel?: number;
}

/** Every fourth problem is held out as dev; dev samples embed their task. */
export function splitOf(index: number): 'train' | 'dev' {
  return index % 4 === 3 ? 'dev' : 'train';
}

/** Both trace forms appear in both splits. */
export function traceFormOf(index: number): TraceForm {
  return index % 3 === 1 ? 'structured' : 'next';
}

/** NExT shows the model one failing test's execution: render the first one inline. */
export function inlineOf(trace: StructuredTrace): string {
  const failing = trace.tests.findIndex((t) => !t.passed);
  return renderNextInline(trace, Math.max(0, failing));
}

/**
 * A model reading the NExT inline string sees only the entries left after
 * elision: rationales of inline records state only those values.
 */
function visibleFacts(facts: TraceFacts, trace: string | StructuredTrace): TraceFacts {
  if (typeof trace !== 'string') return facts;
  const shown = new Set(parseNextInline(trace).tests.flatMap((t) => t.events.flatMap((e) => Object.keys(e.changed).map((n) => `${e.step}:${n}`))));
  return { ...facts, variables: facts.variables.filter((v) => shown.has(`${v.step}:${v.name}`)) };
}

/** Draws sample `s` of an iteration for one problem; the same arguments always give the same record. */
function samplerFor(p: PreparedProblem, index: number, seed: number): (iteration: number, s: number) => Sample {
  const split = splitOf(index);
  const id = problemId(index);
  // A trace cut by the step cap is long: store it inline, where NExT's elision keeps it short.
  const form = p.buggyTrace.tests.some((t) => t.truncated) ? 'next' : traceFormOf(index);
  const trace = form === 'next' ? inlineOf(p.buggyTrace) : p.buggyTrace;
  const facts = visibleFacts(extractFacts(p.buggyTrace, p.problem.entryPoint), trace);
  // Wide spread: some problems stay hard for every iteration, as in real runs (pass@k then has room to move).
  const difficulty = createRng(seed, id, 'difficulty').next() * 0.65 - 0.42;
  const forgetting = createRng(seed, id, 'trend').chance(0.12);
  return (iteration, s) =>
    buildSample({
      prepared: p,
      problemId: id,
      split,
      iteration,
      sampleIndex: s,
      difficulty,
      forgetting,
      traceForm: form,
      trace,
      facts,
      embedTask: split === 'dev',
      seed,
      rng: createRng(seed, id, split, iteration, s),
    });
}

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r) + '\n').join('');

export async function buildDemo(opts: BuildOptions): Promise<Map<string, string>> {
  // Problems are traced a few at a time (tracing is mostly process start-up); results keep list order.
  const prepared: PreparedProblem[] = new Array(demoProblems.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < demoProblems.length) {
      const i = next++;
      prepared[i] = await prepareProblem(demoProblems[i], opts.runner);
      opts.onProblem?.(++done, demoProblems.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.parallel ?? 2) }, worker));
  const files = new Map<string, string>();
  const bySplit: Record<'train' | 'dev', Sample[][]> = { train: [[], [], [], []], dev: [[], [], [], []] };
  const problemsFile: unknown[] = [];
  const samplers = prepared.map((p, index) => samplerFor(p, index, opts.seed));
  prepared.forEach((p, index) => {
    const split = splitOf(index);
    if (split === 'train') problemsFile.push({ problem_id: problemId(index), ...taskOf(p) });
    for (const iteration of ITERATIONS) {
      for (let s = 0; s < SAMPLES_PER_SPLIT[split]; s++) bySplit[split][iteration].push(samplers[index](iteration, s));
    }
  });
  files.set('train/problems.jsonl', jsonl(problemsFile));
  for (const split of ['train', 'dev'] as const) {
    for (const iteration of ITERATIONS) {
      // Train records leave the task to problems.jsonl, as the canonical format allows.
      files.set(`${split}/iter${iteration}.jsonl`, jsonl(bySplit[split][iteration]));
    }
  }
  // The broken file is a second shard of dev iteration 0 whose writer crashed: its good
  // records are real samples (indices after the regular ones) and join dev's statistics.
  // Named after the shard it extends, it sorts right after dev/iter0.jsonl in the list.
  const firstDev = prepared.findIndex((_, i) => splitOf(i) === 'dev');
  const extra = [0, 1, 2, 3].map((k) => samplers[firstDev](0, SAMPLES_PER_SPLIT.dev + k));
  files.set(MALFORMED_SHARD, malformedLines(extra).join(''));
  return files;
}
