import type { TraceEvent, TraceOutcome } from '../types';
import { parsePyStr, pyStrRepr } from './pyLiteral';

/**
 * The NExT comments show how a test ended only through its entries: no
 * `__exception__` means it passed, an `AssertionError` on the test line means
 * the assertion failed, any other exception means the code raised. A trace
 * cut at the step cap, a timeout, a memory or output limit, a syntax error
 * or a tracer failure would read back as one of those (a truncated trace as
 * a pass). For those the test line's comment ends with an explicit marker,
 * `__outcome__ = 'step-limit'`, that `parseNextInline` reads back. It is
 * written only when the entries alone would say something else, so a normal
 * trace renders exactly as NExT shows it. (Format: ./README.md.)
 */
export const OUTCOME_MARKER = '__outcome__';

const OUTCOMES: readonly TraceOutcome[] = ['ok', 'failed', 'exception', 'timeout', 'memory', 'step-limit', 'syntax-error', 'output-limit', 'error'];

/** What a marker read back stands for, said as the tracer says it. */
const MESSAGES: Partial<Record<TraceOutcome, string>> = {
  'step-limit': 'Stopped at the step limit: the trace is truncated',
  timeout: 'Time limit reached: the test ran out of its time budget',
  memory: 'Memory limit reached',
  'output-limit': 'Output limit reached',
  'syntax-error': 'The program does not compile',
  error: 'The tracer failed on this test',
};

export interface InferredOutcome {
  outcome: TraceOutcome;
  passed: boolean;
  exception?: { type: string; message: string };
}

/**
 * How the test ended, as far as its entries tell: an exception as the last
 * entry (it reached the test line) means it failed; an exception that the
 * code caught, with steps after it, does not. `events` are in step order.
 */
export function inferOutcome(events: readonly TraceEvent[], testLine: number): InferredOutcome {
  const failure = events.at(-1);
  if (failure?.kind !== 'exception' || !failure.exception) return { outcome: 'ok', passed: true };
  const assertion = failure.exception.type === 'AssertionError' && failure.line >= testLine;
  return { outcome: assertion ? 'failed' : 'exception', passed: false, exception: failure.exception };
}

/** The marker to add to the test line, or null when the entries already tell the outcome. */
export function outcomeMarker(outcome: TraceOutcome, events: readonly TraceEvent[], testLine: number): string | null {
  if (outcome === inferOutcome(events, testLine).outcome) return null;
  return `${OUTCOME_MARKER} = ${pyStrRepr(outcome)}`;
}

const MARKER = new RegExp(`^${OUTCOME_MARKER}\\s*=\\s*([\\s\\S]*)$`);

export type MarkerRead = { outcome: TraceOutcome } | { warning: string } | null;

/** Read one `;`-separated item of a comment as an outcome marker; null when it is not one. */
export function readOutcomeMarker(item: string, lineNo: number): MarkerRead {
  const match = MARKER.exec(item.trim());
  if (!match) return null;
  const raw = match[1]!.trim();
  // Hand-written markers may leave out the quotes.
  const value = parsePyStr(raw) ?? raw;
  if ((OUTCOMES as readonly string[]).includes(value)) return { outcome: value as TraceOutcome };
  return { warning: `line ${lineNo}: unknown outcome ${JSON.stringify(raw.slice(0, 40))} in ${OUTCOME_MARKER} (expected one of ${OUTCOMES.join(', ')}); ignored` };
}

/** The test fields a marker sets, on top of what the entries inferred. */
export function markedOutcome(outcome: TraceOutcome, inferred: InferredOutcome): InferredOutcome & { truncated: boolean; message?: string } {
  const message = MESSAGES[outcome];
  return {
    outcome,
    passed: outcome === 'ok',
    ...(inferred.exception && outcome !== 'ok' ? { exception: inferred.exception } : {}),
    truncated: outcome === 'step-limit',
    ...(message ? { message } : {}),
  };
}
