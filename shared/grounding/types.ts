import type { TestStep } from '../trace/cursor/tests';

export type { TestStep };

/**
 * Claims a rationale makes about the execution, and their verdicts against
 * the sample's trace. Offsets are UTF-16 indices into the rationale string,
 * so the UI can mark each claim where it was written.
 */
export type ClaimKind = 'value' | 'return' | 'assertion' | 'line' | 'exception' | 'expression' | 'iterations' | 'executions' | 'calls';
/**
 * How a count claim reads: `exactly` ("runs 3 times", "never runs"), `atLeast`
 * ("in the third iteration"), `stopsAfter` ("stops after 2 iterations": the
 * last pass may have been cut short by a `break`), `recursive` ("calls itself
 * 3 times": with or without the first call).
 */
export type CountMode = 'exactly' | 'atLeast' | 'stopsAfter' | 'recursive';
export type Verdict = 'consistent' | 'contradicted' | 'unverifiable';
/** "after the loop, total is 10" is about the last value; "initially x is 0" about the first. */
export type ClaimScope = 'any' | 'final' | 'initial';

export interface Claim {
  kind: ClaimKind;
  /** The claim as written. */
  text: string;
  start: number;
  end: number;
  variable?: string;
  /** The claimed value as written (for assertions: what the test gets). */
  value?: string;
  /** For assertions: what the test expects. For transitions ("x goes from 1 to 2"): the value before. */
  expected?: string;
  /** "x goes from 1 to 2": `expected` holds 1, `value` holds 2. */
  transition?: boolean;
  line?: number;
  /** For assertions: 0-based test index from "the first/second ... assertion". */
  testOrdinal?: number;
  exceptionType?: string;
  /** "at step (4) x is 3": the step the claim is about. */
  step?: number;
  /** The sentence is about one particular test or input ("for the second test, n is 5"). */
  aboutTest?: boolean;
  /** Set on line claims about where the bug is ("the faulty statement is on line 4"): the trace cannot tell. */
  aboutBug?: boolean;
  scope: ClaimScope;
  /** Set when the sentence is hypothetical or about the intended/fixed behaviour. */
  hedged?: string;
  /** Count claims: the number claimed ("twice" → 2, "never" → 0) and how to read it. */
  count?: number;
  countMode?: CountMode;
  /** Iteration claims: which loop ("the while loop", "the inner loop"); `line` holds "the loop on line 3". */
  loopKind?: 'for' | 'while' | 'inner' | 'outer';
  /** Iteration claims: the loop's header quoted in backticks ("the `for i in range(n)` loop"). */
  loopCode?: string;
  /** Count claims: the test the sentence names in backticks (`assert f(2) == 4`). */
  testSource?: string;
}

export interface CheckedClaim extends Claim {
  verdict: Verdict;
  /** One sentence for the tooltip: why this verdict. */
  reason: string;
  /** Distinct traced values of the variable / return (capped), shown for contradictions. */
  traced?: string[];
  /**
   * Steps where the claim is borne out (or, for contradictions, where the
   * variable changes), each with its test: every test's trace counts its own steps.
   */
  steps?: TestStep[];
  /** Trace lines the claim is about, for highlighting the code. */
  lines?: number[];
}

export interface GroundingSummary {
  consistent: number;
  contradicted: number;
  unverifiable: number;
  claims: CheckedClaim[];
}
