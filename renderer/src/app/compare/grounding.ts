import { groundRationale, groundingSentence } from '../../../../shared/grounding/ground';
import type { CheckedClaim } from '../../../../shared/grounding/types';
import type { ProblemSampleCell, SampleDetail } from '../../../../shared/contract';

export interface GroundingView {
  text: string;
  /** Contradicted claims with the reason, when the claims could be checked here. */
  contradicted: CheckedClaim[];
}

/**
 * What the compare column says about grounding: the engine's counts when the
 * index has them; otherwise, for a structured trace, the claims checked on the
 * spot (a handful of samples, cheap); otherwise an honest "not checked".
 */
export function groundingView(detail: SampleDetail | null, cell: ProblemSampleCell | undefined): GroundingView {
  const trace = detail?.sample.trace;
  if (detail && trace && typeof trace === 'object') {
    const summary = groundRationale(detail.sample.rationale ?? '', trace, detail.sample.task?.tests ? { taskTests: detail.sample.task.tests } : {});
    return { text: groundingSentence(summary), contradicted: summary.claims.filter((c) => c.verdict === 'contradicted') };
  }
  if (cell?.grounding) return { text: groundingSentence(cell.grounding), contradicted: [] };
  return { text: 'Not checked', contradicted: [] };
}
