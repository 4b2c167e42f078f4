import type { ProblemResult, ProblemSampleCell } from '../../../../shared/contract';
import type { SampleKey } from '../../../../shared/dataset/types';
import { fmtPct } from '../../../../shared/analysis/format';

export type LabelStatus = 'labelled' | 'stale' | 'partial' | null;

interface ProblemGridProps {
  result: ProblemResult;
  /** Dataset indices of the selected cells, in selection order. */
  selected: readonly number[];
  onToggle(index: number): void;
  /** Label status of a sample (from the labels database). */
  labelStatus?: (key: SampleKey) => LabelStatus;
}

const outcomeText = (c: ProblemSampleCell) => (c.passed === true ? '✓' : c.passed === false ? '✗' : '?');
const outcomeWord = (c: ProblemSampleCell) => (c.passed === true ? 'passed' : c.passed === false ? 'failed' : 'outcome unknown');

/** Iterations × samples of one problem: a cell per sample, coloured by outcome; click to select for comparison. */
export function ProblemGrid({ result, selected, onToggle, labelStatus }: ProblemGridProps) {
  const multiSplit = new Set(result.rows.map((r) => r.split)).size > 1;
  return (
    <table className="problem-grid" data-testid="problem-grid">
      <thead>
        <tr>
          <th scope="col">Iteration</th>
          <th scope="col">Pass rate</th>
          <th scope="col">Samples (click to compare)</th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((row) => (
          <tr key={`${row.split}:${row.iteration}`} data-testid={`grid-row-${row.iteration}`}>
            <th scope="row">
              {multiSplit && <span className="muted">{row.split} · </span>}
              iter {row.iteration}
            </th>
            <td className="grid-rate">
              {row.samples.length === 0 ? (
                <span className="muted">no samples</span>
              ) : (
                `${row.rate.passed}/${row.rate.samples} · ${fmtPct(row.rate.rate, 0)}`
              )}
            </td>
            <td>
              <div className="grid-cells">
                {row.samples.map((cell) => {
                  const status = labelStatus?.({ problem_id: result.problem_id, split: row.split, iteration: row.iteration, sample_index: cell.sample_index }) ?? null;
                  const isSelected = selected.includes(cell.index);
                  return (
                    <button
                      key={cell.index}
                      type="button"
                      className={`grid-cell outcome-${cell.passed === true ? 'pass' : cell.passed === false ? 'fail' : 'unknown'}`}
                      data-testid={`grid-cell-${row.iteration}-${cell.sample_index}`}
                      aria-pressed={isSelected}
                      title={`iter ${row.iteration} · sample #${cell.sample_index} · ${outcomeWord(cell)} · ${cell.rationaleChars} chars${status ? ` · ${status}` : ''}`}
                      onClick={() => onToggle(cell.index)}
                    >
                      {outcomeText(cell)}
                      {status && <span className={`label-dot label-${status}`} aria-label={status} />}
                    </button>
                  );
                })}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
