import { useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { CodeLine } from './CodeLine';
import { useHighlightedCode } from './useHighlightedCode';
import './code.css';

export interface CodeViewProps {
  code: string;
  /** 1-based line of the current step: tinted and scrolled into view. */
  currentLine?: number | null;
  /** Lines to tint, e.g. the one a rationale mention points at. */
  highlightedLines?: ReadonlySet<number>;
  onLineClick?(line: number): void;
  onLineHover?(line: number | null): void;
  /** A short note per line shown at its end (e.g. "3×"). */
  lineNotes?: ReadonlyMap<number, string>;
  /** Prefix of each line's test id; `code-line` gives `code-line-<n>`. */
  testIdPrefix?: string;
  ariaLabel?: string;
}

/** Programs longer than this are virtualized: only the visible lines exist in the DOM. */
export const VIRTUALIZE_LINES = 400;
const LINE_HEIGHT = 19.5; // 13px × 1.5, as in code.css

/**
 * Read-only Python with line numbers. Tokens are React elements (never
 * innerHTML); until the highlighter is ready, or for huge code, lines are
 * plain text so nothing waits on it.
 */
export function CodeView({ code, currentLine = null, highlightedLines, onLineClick, onLineHover, lineNotes, testIdPrefix = 'code-line', ariaLabel }: CodeViewProps) {
  const tokens = useHighlightedCode(code);
  const lines = useMemo(() => code.replace(/\r\n?/g, '\n').split('\n'), [code]);
  const rootRef = useRef<HTMLDivElement>(null);
  const virtual = lines.length > VIRTUALIZE_LINES;
  const virtualizer = useVirtualizer({ count: virtual ? lines.length : 0, getScrollElement: () => rootRef.current, estimateSize: () => LINE_HEIGHT, overscan: 30 });

  useEffect(() => {
    if (currentLine === null) return;
    if (virtual) {
      virtualizer.scrollToIndex(currentLine - 1, { align: 'auto' });
      return;
    }
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-line="${currentLine}"]`);
    // jsdom has no scrollIntoView.
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [currentLine, virtual, virtualizer]);

  const gutter = String(lines.length).length;
  const line = (i: number, style?: React.CSSProperties) => (
    <CodeLine
      key={i}
      n={i + 1}
      text={lines[i]!}
      tokens={tokens?.[i]}
      gutter={gutter}
      current={i + 1 === currentLine}
      highlighted={highlightedLines?.has(i + 1) ?? false}
      note={lineNotes?.get(i + 1)}
      testIdPrefix={testIdPrefix}
      onClick={onLineClick}
      onHover={onLineHover}
      {...(style ? { style } : {})}
    />
  );
  return (
    <div className="code-view" ref={rootRef} role="list" aria-label={ariaLabel} onMouseLeave={onLineHover ? () => onLineHover(null) : undefined}>
      {virtual ? (
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: 'max-content' }}>
          {virtualizer.getVirtualItems().map((item) => line(item.index, { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }))}
        </div>
      ) : (
        lines.map((_, i) => line(i))
      )}
    </div>
  );
}
