import { groundSample, groundingSentence } from '../../../../shared/grounding/ground';
import type { CheckedClaim } from '../../../../shared/grounding/types';
import { parseNextInline } from '../../../../shared/trace/next';
import type { ProblemSampleCell, SampleDetail } from '../../../../shared/contract';

export interface GroundingView {
  text: string;
  /** Contradicted claims with the reason, when the claims could be checked here. */
  contradicted: CheckedClaim[];
}

/**
 * What the compare column says about grounding: for a sample with a trace
 * (structured or NExT inline), the claims checked on the spot with the shared
 * grounding module (a handful of samples: cheap); otherwise the engine's
 * counts when the index has them; otherwise an honest "not checked".
 */
export function groundingView(detail: SampleDetail | null, cell: ProblemSampleCell | undefined): GroundingView {
  if (detail?.sample.trace) {
    const summary = groundSample(detail.sample, parseNextInline);
    return { text: groundingSentence(summary), contradicted: summary.claims.filter((c) => c.verdict === 'contradicted') };
  }
  if (cell?.grounding) return { text: groundingSentence(cell.grounding), contradicted: [] };
  return { text: 'Not checked (no trace)', contradicted: [] };
}
