import { useMemo, useState } from 'react';
import type { TestResult } from '../../../../../shared/dataset/types';
import { MissingNote } from './MissingNote';
import { splitRows, unifiedRows } from './diffModel';

export interface FixPaneProps {
  buggy: string;
  fixed: string | null;
  results: readonly TestResult[];
  passed: boolean | null | undefined;
}

type Mode = 'split' | 'unified';

function SplitDiff({ buggy, fixed }: { buggy: string; fixed: string }) {
  const rows = useMemo(() => splitRows(buggy, fixed), [buggy, fixed]);
  return (
    <table className="diff diff-split" data-testid="fix-diff-split">
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td className="diff-no">{r.left?.no ?? ''}</td>
            <td className={`diff-text diff-${r.left?.kind ?? 'empty'}`}>{r.left?.text ?? ''}</td>
            <td className="diff-no">{r.right?.no ?? ''}</td>
            <td className={`diff-text diff-${r.right?.kind ?? 'empty'}`}>{r.right?.text ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnifiedDiff({ buggy, fixed }: { buggy: string; fixed: string }) {
  const rows = useMemo(() => unifiedRows(buggy, fixed), [buggy, fixed]);
  if (rows.length === 0) return <MissingNote>The fixed code is identical to the buggy code.</MissingNote>;
  return (
    <table className="diff diff-unified" data-testid="fix-diff-unified">
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className={`diff-${r.kind}`}>
            <td className="diff-no">{r.oldNo ?? ''}</td>
            <td className="diff-no">{r.newNo ?? ''}</td>
            <td className="diff-sign">{r.kind === 'del' ? '−' : r.kind === 'add' ? '+' : ''}</td>
            <td className="diff-text">{r.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The model's fix as a diff against the buggy code (side by side or unified), with its test results. */
export function FixPane({ buggy, fixed, results, passed }: FixPaneProps) {
  const [mode, setMode] = useState<Mode>('split');
  return (
    <section className="detail-pane fix-pane" data-testid="fix-pane" aria-label="Fix">
      <header className="pane-header">
        <h3>Fix</h3>
        {passed !== undefined && passed !== null && (
          <span className={`badge ${passed ? 'badge-pass' : 'badge-fail'}`} data-testid="fix-passed">
            {passed ? 'passes' : 'fails'}
          </span>
        )}
        {fixed && (
          <span className="pane-tools" role="group" aria-label="Diff layout">
            <button type="button" aria-pressed={mode === 'split'} onClick={() => setMode('split')}>
              Side by side
            </button>
            <button type="button" aria-pressed={mode === 'unified'} onClick={() => setMode('unified')}>
              Unified
            </button>
          </span>
        )}
      </header>
      {!fixed ? (
        <MissingNote testId="fix-missing">This sample has no fixed code.</MissingNote>
      ) : !buggy.trim() ? (
        <>
          <MissingNote>No buggy code to compare with; the fixed code as written:</MissingNote>
          <pre className="fix-plain">{fixed}</pre>
        </>
      ) : mode === 'split' ? (
        <SplitDiff buggy={buggy} fixed={fixed} />
      ) : (
        <UnifiedDiff buggy={buggy} fixed={fixed} />
      )}
      {fixed && (
        <div className="fix-results" data-testid="fix-results">
          {results.length === 0 ? (
            <MissingNote>No test results recorded for the fix.</MissingNote>
          ) : (
            <ul>
              {results.map((r, i) => (
                <li key={i} className={r.passed ? 'is-pass' : 'is-fail'}>
                  <span className="test-mark">{r.passed ? '✓' : '✗'}</span> <code>{r.test}</code>
                  {r.error && <div className="test-error">{r.error}</div>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
