import type { GroundingCounts } from '../../../../shared/contract/dataset';
import type { Sample } from '../../../../shared/dataset/types';

/**
 * Hook for per-record derived columns computed in a background pass after
 * indexing (see `backgroundPass.ts`). The sample-view work plugs its
 * trace-grounding summary in here:
 *
 *   registerGroundingProvider({ name: 'grounding', compute: (sample) => countClaims(sample) });
 *
 * `compute` gets the normalised sample (problem joined) and returns the counts
 * of rationale claims the trace supports / contradicts / cannot check, or null
 * when the sample has nothing to check. Results fill the gConsistent /
 * gContradicted / gUnverifiable columns, which drive `grounding:contradicted`,
 * the `contradicted` sort, `SampleRow.grounding` and the stats' grounding
 * totals. Until a provider is registered (or while the pass runs) rows show
 * `grounding: null`.
 */
export interface GroundingProvider {
  name: string;
  compute(sample: Sample): GroundingCounts | null;
}

let provider: GroundingProvider | null = null;

export function registerGroundingProvider(p: GroundingProvider | null): void {
  provider = p;
}

export function groundingProvider(): GroundingProvider | null {
  return provider;
}
