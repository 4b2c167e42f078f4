/**
 * The structured execution trace recorded by the Python tracer
 * (`electron/tracer/tracer.py`) and produced by parsing a NExT inline trace.
 * Steps are one global counter across the function call and its tests, as in
 * NExT: step 0 is the arguments on the `def` line.
 */
export type TraceEventKind = 'call' | 'line' | 'return' | 'exception';

export interface TraceEvent {
  /** Global step counter, from 0. */
  step: number;
  /** 1-based line in the traced program (the code the tests call). */
  line: number;
  kind: TraceEventKind;
  /** Name of the function executing (`<module>` for top level, `<test>` for the assert line). */
  func?: string;
  /** Variables this step changed: name → repr (possibly truncated, see `truncated`). */
  changed: Record<string, string>;
  /** For `return`: the repr of the returned value. */
  returnValue?: string;
  /** For `exception`: type and message. */
  exception?: { type: string; message: string };
  /** Names in `changed` whose repr was cut to the configured length. */
  truncated?: string[];
}

/** Why a test's trace ended. */
export type TraceOutcome =
  | 'ok' // the test ran to completion and passed
  | 'failed' // the assertion failed (AssertionError)
  | 'exception' // the code raised something else
  | 'timeout' // wall-clock limit
  | 'memory' // memory limit
  | 'step-limit' // step cap reached: trace truncated
  | 'syntax-error' // the program does not compile
  | 'output-limit' // captured output cap reached
  | 'error'; // the tracer itself failed (bad interpreter, crash)

export interface TestTrace {
  /** The test source, e.g. `assert f(2) == 4`. */
  test: string;
  /** 1-based line of the test in the NExT rendering (after the function), when known. */
  testLine?: number;
  outcome: TraceOutcome;
  passed: boolean;
  events: TraceEvent[];
  /** True when the step cap cut the trace. */
  truncated: boolean;
  /** Captured stdout (capped). */
  stdout: string;
  /** Exception raised by the test, if any. */
  exception?: { type: string; message: string };
  /**
   * Lines (1-based, as in `events`) whose NExT comment elided entries with `...`:
   * set when the trace was parsed from inline text, whose hidden steps are unknown.
   */
  elidedLines?: number[];
  /** Human-readable explanation of the outcome (timeouts, limits, syntax errors). */
  message?: string;
  durationMs?: number;
}

export interface StructuredTrace {
  /** Format marker so that records can carry either form. */
  format: 'tracelens.trace/v1';
  /** The program the trace is about (line numbers refer to it). */
  code: string;
  tests: TestTrace[];
  /** Parse warnings when the trace came from an inline NExT string. */
  warnings?: string[];
}
