import type { ReactNode } from 'react';
import type { ProblemSampleCell, SampleDetail } from '../../../../shared/contract';
import { CodeDiff } from './CodeDiff';
import { codeDiffLines, differingSections, rationaleDiff, testOutcomeRows, type Section } from './compareModel';
import { groundingView } from './grounding';
import { TaskSummary } from './TaskSummary';
import { WordDiff } from './WordDiff';

interface CompareColumnsProps {
  cells: ProblemSampleCell[];
  /** Iteration of each cell (same order). */
  iterations: number[];
  details: Array<SampleDetail | null>;
  errors: Array<string | null>;
  onlyDiffs: boolean;
  /** Makes a column the baseline the others are diffed against. */
  onBaseline(position: number): void;
  /** Opens one sample in the Samples tab. */
  onOpen(index: number): void;
}

/**
 * The selected samples side by side. The first column is the baseline: the
 * others show their rationale and fixed code as diffs against it. Sections
 * line up across columns so the eye compares like with like.
 */
export function CompareColumns({ cells, iterations, details, errors, onlyDiffs, onBaseline, onOpen }: CompareColumnsProps) {
  const loaded = details.every((d) => d !== null);
  const ready = details.filter((d): d is SampleDetail => d !== null);
  const grounding = details.map((d, i) => groundingView(d, cells[i]));
  const differing = loaded ? differingSections(ready, grounding.map((g) => g.text)) : null;
  const show = (s: Section) => !onlyDiffs || !differing || differing.has(s);
  const base = details[0];
  const testRows = loaded ? testOutcomeRows(ready).filter((r) => !onlyDiffs || r.differs) : [];
  const columns = `repeat(${cells.length}, minmax(18rem, 1fr))`;

  const row = (title: string, section: Section, render: (d: SampleDetail, i: number) => ReactNode) =>
    show(section) && (
      <section className="compare-section" data-testid={`compare-section-${section}`}>
        <h3>{title}</h3>
        <div className="compare-row" style={{ gridTemplateColumns: columns }}>
          {details.map((d, i) => (
            <div key={cells[i]!.index} className="compare-cell">
              {errors[i] ? <span className="error-text">{errors[i]}</span> : d ? render(d, i) : <span className="muted">Loading…</span>}
            </div>
          ))}
        </div>
      </section>
    );

  return (
    <div className="compare-columns" data-testid="compare-columns">
      <div className="compare-row compare-headers" style={{ gridTemplateColumns: columns }}>
        {cells.map((c, i) => (
          <div key={c.index} className="compare-cell compare-header">
            <strong>
              iter {iterations[i]} · #{c.sample_index}
            </strong>{' '}
            <span className={c.passed === true ? 'pass-text' : c.passed === false ? 'error-text' : 'muted'}>
              {c.passed === true ? 'passed' : c.passed === false ? 'failed' : 'outcome unknown'}
            </span>
            {i === 0 && cells.length > 1 && <span className="muted"> (baseline)</span>}
            <span className="compare-header-actions">
              {i > 0 && (
                <button type="button" onClick={() => onBaseline(i)} title="Diff the other columns against this one">
                  Baseline
                </button>
              )}
              <button type="button" onClick={() => onOpen(c.index)} title="Open this sample with its trace in the Samples tab">
                Open
              </button>
            </span>
            {details[i] && (
              <div className="muted mono">
                {details[i]!.source.file}:{details[i]!.source.line}
              </div>
            )}
          </div>
        ))}
      </div>
      {base?.sample.task && <TaskSummary task={base.sample.task} />}
      {onlyDiffs && differing && differing.size === 0 && <p className="muted">The selected samples do not differ.</p>}
      {row('Rationale', 'rationale', (d, i) =>
        i === 0 || !base ? <p className="word-diff">{d.sample.rationale || <em className="muted">no rationale</em>}</p> : <RationaleCell base={base.sample.rationale ?? ''} text={d.sample.rationale ?? ''} />,
      )}
      {row('Fixed code', 'fixed_code', (d, i) =>
        i === 0 || !base ? (
          <pre className="code-diff">{d.sample.fixed_code || '(no fixed code)'}</pre>
        ) : (
          <CodeDiff lines={codeDiffLines(base.sample.fixed_code ?? '', d.sample.fixed_code ?? '', onlyDiffs ? 2 : null)} />
        ),
      )}
      {row('Grounding', 'grounding', (_d, i) => (
        <div>
          <div>{grounding[i]!.text}</div>
          {grounding[i]!.contradicted.map((c, k) => (
            <div key={k} className="error-text" title={c.reason}>
              ✗ “{c.text}”
            </div>
          ))}
        </div>
      ))}
      {show('tests') && (
        <section className="compare-section" data-testid="compare-section-tests">
          <h3>Test outcomes</h3>
          {loaded && testRows.length === 0 && <p className="muted">{onlyDiffs ? 'Every test has the same outcome.' : 'No test results recorded.'}</p>}
          {testRows.map((r) => (
            <div key={r.test} className="compare-row" style={{ gridTemplateColumns: columns }}>
              {r.outcomes.map((o, i) => (
                <div key={i} className="compare-cell mono" title={o?.error ?? undefined}>
                  <span className={o === null ? 'muted' : o.passed ? 'pass-text' : 'error-text'}>{o === null ? '–' : o.passed ? '✓' : '✗'}</span> {r.test}
                </div>
              ))}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

function RationaleCell({ base, text }: { base: string; text: string }) {
  const parts = rationaleDiff(base, text);
  if (parts) return <WordDiff parts={parts} />;
  return (
    <>
      <p className="muted">Too different from the baseline for a word diff: shown as is.</p>
      <p className="word-diff">{text}</p>
    </>
  );
}
