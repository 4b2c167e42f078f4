import { memo } from 'react';
import type { TimelineRow } from '../../../../shared/trace/cursor';

interface Props {
  rows: readonly TimelineRow[];
  rowHeight: number;
  codeLines?: readonly string[];
  highlightedLine: number | null;
  currentLine: number | null;
  /** Lines whose NExT comment elided entries with `...`: their hidden executions are unknown. */
  elided?: ReadonlySet<number>;
  onJump(step: number): void;
  onHoverLine?(line: number | null): void;
}

/** Line numbers (and code, when given) beside the rows; a click jumps to the line's first execution. */
export const RowLabels = memo(function RowLabels({ rows, rowHeight, codeLines, highlightedLine, currentLine, elided, onJump, onHoverLine }: Props) {
  return (
    <div className="tl-labels">
      {rows.map((row) => {
        const cls = ['tl-label', row.line === currentLine && 'is-current', row.line === highlightedLine && 'is-highlighted', row.count === 0 && 'is-idle']
          .filter(Boolean)
          .join(' ');
        return (
          <div
            key={row.line}
            className={cls}
            style={{ height: rowHeight }}
            title={row.count > 0 ? `line ${row.line}: ran ${row.count}×, first at step ${row.firstStep}` : `line ${row.line}: never ran`}
            onClick={() => row.firstStep !== null && onJump(row.firstStep)}
            onMouseEnter={onHoverLine && (() => onHoverLine(row.line))}
            onMouseLeave={onHoverLine && (() => onHoverLine(null))}
          >
            <span className="tl-lineno">{row.line}</span>
            {codeLines && <span className="tl-code">{codeLines[row.line - 1] ?? ''}</span>}
            {elided?.has(row.line) && (
              <span className="tl-elided" title="The NExT comment elided some executions of this line (…): the steps between are unknown">
                …
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
});
