import type { Sample } from '../dataset/types';
import type { StructuredTrace } from '../trace/types';
import { sanitizeTrace } from '../view/sanitizeTrace';
import { checkClaim } from './check';
import { extractClaims } from './extract';
import { buildTraceFacts, elidedNames, type TraceFacts } from './traceFacts';
import type { GroundingSummary } from './types';

export interface GroundOptions {
  /** The raw NExT inline string the trace was parsed from: its `...` elisions forbid contradictions. */
  inline?: string;
  /** The task's tests, so that "the second assertion" finds its test. */
  taskTests?: readonly string[];
}

/** Extracts the claims of a rationale and checks each against the trace (null: no trace, all unverifiable). */
export function groundRationale(rationale: string, trace: StructuredTrace | null, options: GroundOptions = {}): GroundingSummary {
  const facts: TraceFacts | null = trace ? buildTraceFacts(trace, options.inline ? elidedNames(options.inline) : new Set()) : null;
  return groundWithFacts(rationale, facts, trace?.code ?? '', options);
}

/** The same check from facts already built (the sample view also uses them for mention links). */
export function groundWithFacts(rationale: string, facts: TraceFacts | null, code: string, options: Pick<GroundOptions, 'taskTests'> = {}): GroundingSummary {
  const codeLines = new Set(code.split('\n').map((l) => l.trim()).filter(Boolean));
  const claims = extractClaims(rationale, { tracedNames: new Set(facts?.vars.keys() ?? []), codeLines }).map((c) => checkClaim(c, facts, options.taskTests));
  const count = (v: string) => claims.filter((c) => c.verdict === v).length;
  return { consistent: count('consistent'), contradicted: count('contradicted'), unverifiable: count('unverifiable'), claims };
}

/** "7 claims: 5 consistent, 1 contradicted, 1 unverifiable". */
export function groundingSentence(s: Pick<GroundingSummary, 'consistent' | 'contradicted' | 'unverifiable'>): string {
  const total = s.consistent + s.contradicted + s.unverifiable;
  if (total === 0) return 'No claims about the execution found';
  return `${total} claim${total === 1 ? '' : 's'}: ${s.consistent} consistent, ${s.contradicted} contradicted, ${s.unverifiable} unverifiable`;
}

export type InlineParser = (inline: string) => StructuredTrace;

/**
 * Grounds a whole sample: its trace may be structured, an inline NExT string
 * (parsed with `parseInline`), or absent. A parser failure leaves the claims
 * unverifiable rather than throwing.
 */
export function groundSample(sample: Pick<Sample, 'rationale' | 'trace' | 'task'>, parseInline: InlineParser): GroundingSummary {
  const rationale = sample.rationale ?? '';
  let trace: StructuredTrace | null = null;
  let inline: string | undefined;
  if (typeof sample.trace === 'string' && sample.trace.trim() !== '') {
    inline = sample.trace;
    try {
      trace = parseInline(sample.trace);
    } catch {
      trace = null;
    }
  } else if (sample.trace && typeof sample.trace === 'object') {
    // The same clean-up the sample view applies, so the engine's counts match what the view shows.
    trace = sanitizeTrace(sample.trace).trace;
  }
  const tests = Array.isArray(sample.task?.tests) ? sample.task.tests.filter((t): t is string => typeof t === 'string') : undefined;
  return groundRationale(typeof rationale === 'string' ? rationale : '', trace, { ...(inline ? { inline } : {}), ...(tests ? { taskTests: tests } : {}) });
}
