import type { TestResult } from '../../shared/dataset/types';
import type { StructuredTrace, TestTrace } from '../../shared/trace/types';

/**
 * `test_results` and `passed` for a record, read from a real run of the fixed
 * program through the tracer: nothing here is decided by the generator.
 */
export type FixOutcome = 'correct' | 'partial' | 'failing';

function errorOf(t: TestTrace, entryPoint: string): string | null {
  if (t.passed) return null;
  if (t.exception?.type === 'AssertionError') {
    // An assert with no message says nothing; the value the call returned does.
    const ret = t.events.filter((e) => e.func === entryPoint && e.kind === 'return' && e.returnValue !== undefined).at(-1);
    const detail = t.exception.message || (ret ? `${entryPoint} returned ${ret.returnValue}` : '');
    return detail ? `AssertionError: ${detail}` : 'AssertionError';
  }
  if (t.exception) return t.exception.message ? `${t.exception.type}: ${t.exception.message}` : t.exception.type;
  return t.message ?? t.outcome;
}

export function testResultsOf(trace: StructuredTrace, entryPoint: string): TestResult[] {
  return trace.tests.map((t) => ({ test: t.test, passed: t.passed, error: errorOf(t, entryPoint) }));
}

export function outcomeOf(results: TestResult[]): FixOutcome {
  const passed = results.filter((r) => r.passed).length;
  if (passed === results.length) return 'correct';
  return passed > 0 ? 'partial' : 'failing';
}
