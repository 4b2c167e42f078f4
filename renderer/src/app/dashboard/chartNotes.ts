import type { DashboardGroup, DashboardResult } from '../../../../shared/contract';
import type { K } from './chartModel';

/**
 * What a chart says when its figure cannot be drawn, or is n/a in places.
 * Plain benchmark files (DebugBench, MBPP, HumanEval) have no model output:
 * no test outcome, no rationale, so no claim to check. Each chart then says
 * which field is missing instead of drawing an empty axis.
 */

const withSamples = (d: DashboardResult) => d.groups.filter((g) => g.samples > 0);
const hasOutcome = (g: DashboardGroup) => g.samples > g.unknown;

/** True when at least one sample has a test outcome (passed or failed). */
function anyOutcome(d: DashboardResult): boolean {
  return d.groups.some(hasOutcome);
}

/** True when at least one sample has a rationale. */
function anyRationale(d: DashboardResult): boolean {
  return d.groups.some((g) => g.rationale !== null);
}

const NO_OUTCOME = 'No sample has a test outcome (passed / test_results)';

/** Replaces the fix-rate chart when nothing has an outcome. */
export function fixRateEmpty(d: DashboardResult): string | null {
  return anyOutcome(d) ? null : `${NO_OUTCOME}, so the fix rate cannot be computed.`;
}

/** Replaces the pass@k chart when nothing has an outcome. */
export function passAtKEmpty(d: DashboardResult): string | null {
  return anyOutcome(d) ? null : `${NO_OUTCOME}, so pass@k cannot be computed.`;
}

const samplesWord = (n: number | string) => `${n} sample${n === 1 || n === '1' ? '' : 's'}`;

/**
 * Under the pass@k chart when some marks are n/a although outcomes exist: no
 * problem has k of them in that split × iteration (e.g. 8 samples per problem
 * and k = 10). Names the splits (and iterations) concerned.
 */
export function passAtKNote(d: DashboardResult, k: K): string | null {
  if (!anyOutcome(d)) return null;
  const why = `no problem has ${samplesWord(k)} with a test outcome in the same iteration`;
  const na = withSamples(d).filter((g) => hasOutcome(g) && g.passAtK[k].value === null);
  if (!na.length) return null;
  if (!d.groups.some((g) => g.passAtK[k].value !== null)) return `pass@${k} is n/a everywhere: ${why}.`;
  const where = d.splits.flatMap((split) => {
    const iters = na.filter((g) => g.split === split).map((g) => g.iteration);
    const all = withSamples(d).filter((g) => g.split === split && hasOutcome(g)).length;
    if (!iters.length) return [];
    return [iters.length === all ? split : `${split} · iter ${iters.join(', ')}`];
  });
  return `pass@${k} is n/a for ${where.join('; ')}: ${why}.`;
}

export const NO_RATIONALE = 'No rationales in these samples';

/** Replaces the rationale-length chart when no sample has a rationale. */
export function rationaleEmpty(d: DashboardResult): string | null {
  return anyRationale(d) ? null : `${NO_RATIONALE}: there is no length to show.`;
}

/** "<what> a · iter 0, b · iter 1 (n/a)." naming up to 6 split × iteration pairs, else their count and three of them. */
function pairsNote(what: string, groups: readonly DashboardGroup[]): string | null {
  if (!groups.length) return null;
  const names = groups.map((g) => `${g.split} · iter ${g.iteration}`);
  return names.length <= 6 ? `${what} ${names.join(', ')} (n/a).` : `${what} ${names.length} split × iteration pairs, e.g. ${names.slice(0, 3).join(', ')} (n/a).`;
}

/** Under every chart: split × iteration pairs without any sample. */
export function emptyGroupsNote(d: DashboardResult): string | null {
  return pairsNote('No samples for', d.groups.filter((g) => g.samples === 0));
}

/** Split × iteration pairs that have samples but not one rationale: n/a in the length chart. */
export function rationaleGaps(d: DashboardResult): string | null {
  const gaps = withSamples(d).filter((g) => g.rationale === null);
  if (gaps.length === withSamples(d).length) return null;
  return pairsNote('No rationale in', gaps);
}

/**
 * Replaces the grounding chart when no claim was checked, saying why: no
 * rationale to check, no check run yet, or rationales without a checkable claim.
 */
export function groundingEmpty(d: DashboardResult): string | null {
  if (!anyRationale(d)) return 'No sample has a rationale, so there is no claim to check against the trace.';
  if (!d.hasGrounding) return 'No sample in this dataset has a grounding check yet.';
  const claims = d.groups.reduce((t, g) => t + (g.grounding ? g.grounding.consistent + g.grounding.contradicted + g.grounding.unverifiable : 0), 0);
  if (claims > 0) return null;
  const checked = d.groups.reduce((t, g) => t + (g.grounding?.samplesChecked ?? 0), 0);
  return `No claim to check: the ${checked.toLocaleString('en-US')} checked rationale${checked === 1 ? ' makes' : 's make'} no claim about the execution that the trace could confirm or contradict.`;
}
