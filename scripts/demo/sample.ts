import type { Sample, Task } from '../../shared/dataset/types';
import type { Candidate, PreparedProblem } from './candidates';
import type { TraceFacts } from './facts';
import type { Rng } from './prng';
import { buildRationale, type RationaleQuality } from './rationale';

/**
 * One simulated model sample. The self-training story: each iteration the
 * model writes correct fixes more often and grounded rationales more often.
 */
export const ITERATIONS = [0, 1, 2, 3] as const;
const P_CORRECT = [0.36, 0.5, 0.64, 0.78];
const P_GROUNDED = [0.25, 0.4, 0.55, 0.7];
const P_FLAWED = [0.35, 0.3, 0.25, 0.18];
/** Rationales that never mention the trace: common in the base model, rare after self-training. */
const P_VAGUE = [0.2, 0.12, 0.06, 0.02];

/** Generic slips a weak model makes; used only by deliberately wrong rationales. */
const GENERIC_MISDIAGNOSES = [
  'The loop variable is never updated, so the loop keeps looking at the same element.',
  'The function forgets to return its result, so the caller sees `None`.',
  'The comparison is the wrong way round, so the condition is never true.',
  'The accumulator is reset inside the loop on every iteration.',
];

export type TraceForm = 'next' | 'structured';

export interface SampleContext {
  prepared: PreparedProblem;
  problemId: string;
  split: string;
  iteration: number;
  sampleIndex: number;
  /** Per-problem difficulty shift of the chance of a correct fix. */
  difficulty: number;
  /** A few problems get worse with self-training (forgetting), so the flip finder has regressions to show. */
  forgetting: boolean;
  traceForm: TraceForm;
  /** The trace as stored in the record (inline string or structured object). */
  trace: Sample['trace'];
  /** What the rationale may state: only what the stored trace shows. */
  facts: TraceFacts;
  embedTask: boolean;
  seed: number;
  rng: Rng;
}

export function taskOf(p: PreparedProblem): Task {
  return {
    description: p.problem.description,
    buggy_code: p.buggyCode,
    tests: p.problem.tests,
    entry_point: p.problem.entryPoint,
    reference_code: p.problem.reference,
  };
}

function chooseFix(ctx: SampleContext, skill: number): Candidate {
  const { candidates } = ctx.prepared;
  const correct = candidates.filter((c) => c.outcome === 'correct');
  const wrong = candidates.filter((c) => c.outcome !== 'correct');
  const base = ctx.forgetting ? P_CORRECT[P_CORRECT.length - 1 - ctx.iteration] : P_CORRECT[ctx.iteration];
  const p = Math.min(0.95, Math.max(0.02, base + ctx.difficulty));
  if (skill < p || wrong.length === 0) return ctx.rng.chance(0.7) ? correct[0] : ctx.rng.pick(correct);
  return ctx.rng.pick(wrong);
}

function chooseQuality(ctx: SampleContext, fixedIsCorrect: boolean): RationaleQuality {
  // Correct fixes tend to come with grounded reasoning, but not always (NExT's observation).
  const shift = fixedIsCorrect ? 0.12 : -0.12;
  if (ctx.rng.chance(P_VAGUE[ctx.iteration])) return 'vague';
  const u = ctx.rng.next();
  const grounded = P_GROUNDED[ctx.iteration] + shift;
  if (u < grounded) return 'grounded';
  return u < grounded + P_FLAWED[ctx.iteration] ? 'flawed' : 'wrong';
}

export function buildSample(ctx: SampleContext): Sample {
  const { prepared, rng } = ctx;
  const { problem } = prepared;
  const fix = chooseFix(ctx, rng.next());
  const quality = chooseQuality(ctx, fix.outcome === 'correct');
  const misdiagnoses = [...problem.bugs.slice(1).map((b) => b.why), ...GENERIC_MISDIAGNOSES];
  const rationale = buildRationale({
    entryPoint: problem.entryPoint,
    buggyCode: prepared.buggyCode,
    referenceCode: problem.reference,
    fixedCode: fix.code,
    facts: ctx.facts,
    why: problem.bugs[0].why,
    misdiagnoses,
    quality,
    rng,
  });
  return {
    problem_id: ctx.problemId,
    split: ctx.split,
    iteration: ctx.iteration,
    sample_index: ctx.sampleIndex,
    model: `nextlm-7b-iter${ctx.iteration}`,
    ...(ctx.embedTask ? { task: taskOf(prepared) } : {}),
    trace: ctx.trace,
    rationale: rationale.text,
    fixed_code: fix.code,
    test_results: fix.results,
    passed: fix.outcome === 'correct',
    meta: {
      title: problem.slug,
      bug_kind: problem.bugs[0].kind,
      seed: ctx.seed,
      fix_source: fix.source,
      fix_outcome: fix.outcome,
      rationale_quality: quality,
      rationale_claims: rationale.claims,
      trace_format: ctx.traceForm,
      ...(ctx.forgetting ? { trend: 'forgetting' } : {}),
    },
  };
}
