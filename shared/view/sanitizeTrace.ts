import type { StructuredTrace, TestTrace, TraceEvent } from '../trace/types';

/**
 * A structured trace from a dataset record is untrusted JSON: tests without
 * an events array, events without numeric step/line, `changed` that is not
 * an object. Keeps what is well-formed, says what was dropped, and returns
 * null when nothing usable is left, so no pane ever trips over a bad record.
 */
export function sanitizeTrace(value: unknown): { trace: StructuredTrace | null; warnings: string[] } {
  const warnings: string[] = [];
  if (!value || typeof value !== 'object') return { trace: null, warnings };
  const raw = value as Partial<StructuredTrace>;
  if (!Array.isArray(raw.tests)) return { trace: null, warnings: ['the trace has no list of tests'] };
  const tests: TestTrace[] = [];
  raw.tests.forEach((t, i) => {
    if (!t || typeof t !== 'object' || !Array.isArray((t as TestTrace).events)) {
      warnings.push(`test ${i + 1}: no list of events; left out`);
      return;
    }
    let dropped = 0;
    const events: TraceEvent[] = [];
    for (const e of (t as TestTrace).events) {
      if (!e || typeof e !== 'object' || !Number.isFinite(e.step) || !Number.isFinite(e.line)) {
        dropped++;
        continue;
      }
      const changed: Record<string, string> = {};
      if (e.changed && typeof e.changed === 'object') for (const [k, v] of Object.entries(e.changed)) changed[k] = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
      events.push({ ...e, kind: e.kind ?? 'line', changed });
    }
    if (dropped) warnings.push(`test ${i + 1}: ${dropped} malformed event${dropped === 1 ? '' : 's'} left out`);
    events.sort((a, b) => a.step - b.step);
    const test = t as TestTrace;
    tests.push({
      ...test,
      test: typeof test.test === 'string' ? test.test : '',
      outcome: test.outcome ?? (test.passed ? 'ok' : 'failed'),
      passed: test.passed === true,
      truncated: test.truncated === true,
      stdout: typeof test.stdout === 'string' ? test.stdout : '',
      events,
    });
  });
  if (tests.length === 0) return { trace: null, warnings: [...warnings, 'the trace has no usable test'] };
  const code = typeof raw.code === 'string' ? raw.code : '';
  return { trace: { format: 'tracelens.trace/v1', code, tests, ...(raw.warnings ? { warnings: raw.warnings } : {}) }, warnings };
}
