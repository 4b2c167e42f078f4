import type { GroundingCounts } from '../../../../shared/contract/dataset';
import type { Sample } from '../../../../shared/dataset/types';
import { groundSample } from '../../../../shared/grounding/ground';
import { parseNextInline } from '../../../../shared/trace/next';
import { registerGroundingProvider } from './registry';

/**
 * The trace-grounding column: per record, how many rationale claims the trace
 * supports, contradicts or cannot check (the same check the sample view
 * shows, from `shared/grounding`). A record without a rationale has nothing
 * to check (null → zero counts).
 */
export function groundingCounts(sample: Sample): GroundingCounts | null {
  if (typeof sample.rationale !== 'string' || sample.rationale.trim() === '') return null;
  const { consistent, contradicted, unverifiable } = groundSample(sample, parseNextInline);
  return { consistent, contradicted, unverifiable };
}

/** Registers the column with the dataset engine's background pass; call once when services start. */
export function installGroundingColumn(): void {
  registerGroundingProvider({ name: 'grounding', compute: groundingCounts });
}
