import type { TestRow } from '../../../../../shared/view/sampleModel';
import { ALL_TESTS } from '../../../../../shared/view/viewLink';
import { MissingNote } from './MissingNote';

const OUTCOME: Record<string, string> = {
  ok: 'passes',
  failed: 'assertion fails',
  exception: 'raises',
  timeout: 'timed out',
  memory: 'memory limit',
  'step-limit': 'step cap (trace cut)',
  'syntax-error': 'syntax error',
  'output-limit': 'output cap',
  error: 'tracer error',
};

export interface TestsPaneProps {
  tests: readonly TestRow[];
  selected: number;
  /** The trace test the timeline shows, marked on its row. */
  shownTrace?: number | null;
  /** Offer "All tests" (index ALL_TESTS): every traced test on one timeline. */
  allOption?: boolean;
  onSelect(index: number): void;
}

/** Each test with the buggy program's outcome (from its trace) and the fix's result; choosing one switches the timeline. */
export function TestsPane({ tests, selected, shownTrace = null, allOption = false, onSelect }: TestsPaneProps) {
  if (tests.length === 0) {
    return (
      <section className="detail-pane tests-pane" data-testid="tests-pane" aria-label="Tests">
        <header className="pane-header">
          <h3>Tests</h3>
        </header>
        <MissingNote testId="tests-missing">This sample has no tests.</MissingNote>
      </section>
    );
  }
  const traced = tests.filter((t) => t.trace);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const delta = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const first = allOption ? ALL_TESTS : 0;
    const next = Math.min(tests.length - 1, Math.max(first, selected + delta));
    if (next !== selected) onSelect(next);
  };
  return (
    <section className="detail-pane tests-pane" data-testid="tests-pane" aria-label="Tests">
      <header className="pane-header">
        <h3>Tests</h3>
        <span className="pane-sub">
          {traced.length} traced{traced.length > 0 ? `, ${traced.filter((t) => !t.trace!.passed).length} failing` : ''}
        </span>
      </header>
      <ul role="listbox" aria-label="Tests" onKeyDown={onKeyDown}>
        {allOption && (
          <li>
            <button type="button" role="option" aria-selected={selected === ALL_TESTS} data-testid="test-row-all" className="test-row" onClick={() => onSelect(ALL_TESTS)}>
              <span className="test-mark" aria-hidden="true">
                ∗
              </span>
              <span className="test-source">All traced tests on one timeline</span>
            </button>
          </li>
        )}
        {tests.map((t, i) => {
          const trace = t.trace;
          const buggy = trace ? (trace.passed ? 'pass' : 'fail') : 'none';
          const error = trace?.exception ? `${trace.exception.type}${trace.exception.message ? `: ${trace.exception.message}` : ''}` : trace?.message;
          return (
            <li key={i}>
              <button type="button" role="option" aria-selected={i === selected} data-testid={`test-row-${i}`} className={`test-row test-${buggy}`} onClick={() => onSelect(i)}>
                <span className="test-mark" aria-hidden="true">
                  {buggy === 'pass' ? '✓' : buggy === 'fail' ? '✗' : '·'}
                </span>
                <TestSource source={t.source} />
                <span className="test-outcome">{trace ? OUTCOME[trace.outcome] ?? trace.outcome : 'no trace'}</span>
                {t.traceIndex !== null && t.traceIndex === shownTrace && (
                  <span className="test-shown" title="Shown on the timeline" aria-label="shown on the timeline">
                    ▶
                  </span>
                )}
                {t.fix && (
                  <span className={`badge ${t.fix.passed ? 'badge-pass' : 'badge-fail'}`} title={t.fix.error ?? undefined}>
                    fix {t.fix.passed ? 'passes' : 'fails'}
                  </span>
                )}
              </button>
              {error && <div className="test-error" data-testid="test-error">{error}</div>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * A test of several lines is named by its last one: the assert after MBPP's
 * test_setup_code, or the `check(f)` call after a HumanEval check function.
 * The lines before it are counted, and the whole test is shown on hover.
 */
function TestSource({ source }: { source: string }) {
  const lines = source.trimEnd().split('\n');
  if (lines.length < 2) return <code className="test-source">{source}</code>;
  const before = lines.length - 1;
  const what = /^assert\b/.test(lines.at(-1)!) ? 'set-up line' : 'line';
  return (
    <code className="test-source" title={source}>
      <span className="test-setup" data-testid="test-setup">
        {before} {what}
        {before === 1 ? '' : 's'} ·{' '}
      </span>
      {lines.at(-1)}
    </code>
  );
}
