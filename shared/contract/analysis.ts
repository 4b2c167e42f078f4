import { z } from 'zod';
import type { DashboardResult, FlipsResult, PairedResult, ProblemResult } from '../analysis/types';
import { flipOrderIds } from '../analysis/flipOrder';
import { request } from './define';
import { datasetId } from './dataset';

const iteration = z.number().int().min(-1_000_000).max(1_000_000);
const split = z.string().min(1).max(200).nullable().default(null);
/** Restricts the figures to the samples matching a sample-list query (e.g. `model:codellama`); '' = all. */
const query = z.string().max(10_000).default('');
export const flipKinds = ['fail-to-pass', 'pass-to-fail', 'improved', 'regressed'] as const;

/**
 * Iteration comparison and the self-training dashboard. Everything is
 * computed in the backend from the index columns; the renderer receives
 * aggregates and fetches single samples with `dataset:sample`.
 */
export const analysisRequests = {
  /** Per split × iteration: fix rate, pass@1/5/10, rationale lengths, grounding. */
  'analysis:dashboard': request<DashboardResult>()(z.object({ datasetId, query }).strict()),
  /** Problems whose pass rate changed between two iterations, largest change first. */
  'analysis:flips': request<FlipsResult>()(
    z
      .object({
        datasetId,
        from: iteration,
        to: iteration,
        split,
        kinds: z.array(z.enum(flipKinds)).max(4).optional(),
        order: z.enum(flipOrderIds).default('size'),
        limit: z.number().int().min(1).max(100_000).default(5000),
        query,
      })
      .strict(),
  ),
  /** The iterations × samples grid of one problem (index columns only). */
  'analysis:problem': request<ProblemResult>()(z.object({ datasetId, problemId: z.string().min(1).max(1000) }).strict()),
  /** Paired difference in per-problem pass rate between iterations a and b, with a seeded bootstrap CI. */
  'analysis:paired': request<PairedResult>()(
    z
      .object({
        datasetId,
        a: iteration,
        b: iteration,
        split,
        resamples: z.number().int().min(200).max(100_000).default(2000),
        seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
        level: z.number().min(0.5).max(0.999).default(0.95),
        query,
      })
      .strict(),
  ),
};

export type * from '../analysis/types';
