import type { TestTrace } from '../../../../shared/trace/types';
import './trace.css';

export interface TestSelectorProps {
  tests: readonly TestTrace[];
  /** Index of the chosen test; -1 for "all tests" when `allOption` is on. */
  selected: number;
  onSelect(index: number): void;
  /** Offer an "all tests" entry (index -1), for a combined timeline. */
  allOption?: boolean;
}

const OUTCOME: Record<TestTrace['outcome'], string> = {
  ok: 'passed',
  failed: 'assertion failed',
  exception: 'raised',
  timeout: 'timed out',
  memory: 'memory limit',
  'step-limit': 'step cap: truncated',
  'syntax-error': 'syntax error',
  'output-limit': 'output cap',
  error: 'tracer error',
};

/** The tests of a sample with pass/fail, one chosen; ↑/↓ move the choice. */
export function TestSelector({ tests, selected, onSelect, allOption = false }: TestSelectorProps) {
  const first = allOption ? -1 : 0;
  const onKeyDown = (e: React.KeyboardEvent) => {
    const delta = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = Math.min(tests.length - 1, Math.max(first, selected + delta));
    if (next !== selected) onSelect(next);
  };
  const passed = tests.filter((t) => t.passed).length;
  return (
    <ul className="test-selector" data-testid="test-selector" role="listbox" aria-label="Tests" onKeyDown={onKeyDown}>
      {allOption && (
        <li>
          <button type="button" role="option" aria-selected={selected === -1} onClick={() => onSelect(-1)}>
            <span className={`ts-mark ${passed === tests.length ? 'is-pass' : 'is-fail'}`}>{passed === tests.length ? '✓' : '✗'}</span>
            <span className="ts-source">All tests</span>
            <span className="ts-outcome">
              {passed}/{tests.length} passed
            </span>
          </button>
        </li>
      )}
      {tests.map((t, i) => (
        <li key={i}>
          <button
            type="button"
            role="option"
            aria-selected={selected === i}
            data-passed={t.passed}
            title={t.message ?? t.exception?.message ?? t.test}
            onClick={() => onSelect(i)}
          >
            <span className={`ts-mark ${t.passed ? 'is-pass' : 'is-fail'}`} aria-label={t.passed ? 'passed' : 'failed'}>
              {t.passed ? '✓' : '✗'}
            </span>
            <span className="ts-source">{t.test}</span>
            <span className="ts-outcome">
              {OUTCOME[t.outcome] ?? t.outcome}
              {t.truncated && t.outcome !== 'step-limit' ? ' · truncated' : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
