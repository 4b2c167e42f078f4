import type { TimelineRow } from '../../../../shared/trace/cursor';

interface Props {
  rows: readonly TimelineRow[];
  rowHeight: number;
  codeLines?: readonly string[];
  highlightedLine: number | null;
  currentLine: number | null;
  onJump(step: number): void;
}

/** Line numbers (and code, when given) beside the rows; a click jumps to the line's first execution. */
export function RowLabels({ rows, rowHeight, codeLines, highlightedLine, currentLine, onJump }: Props) {
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
          >
            <span className="tl-lineno">{row.line}</span>
            {codeLines && <span className="tl-code">{codeLines[row.line - 1] ?? ''}</span>}
          </div>
        );
      })}
    </div>
  );
}
