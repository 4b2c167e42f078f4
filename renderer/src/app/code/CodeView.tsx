import { memo, useEffect, useMemo, useRef } from 'react';
import type { ThemedToken } from 'shiki/core';
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

// Shiki's FontStyle bit flags.
const ITALIC = 1;
const BOLD = 2;
const UNDERLINE = 4;

const Token = memo(function Token({ token }: { token: ThemedToken }) {
  const fs = token.fontStyle ?? 0;
  const style: React.CSSProperties = { color: token.color };
  if (fs > 0) {
    if (fs & ITALIC) style.fontStyle = 'italic';
    if (fs & BOLD) style.fontWeight = 600;
    if (fs & UNDERLINE) style.textDecoration = 'underline';
  }
  return <span style={style}>{token.content}</span>;
});

/**
 * Read-only Python with line numbers. Tokens are React elements (never
 * innerHTML); until the highlighter is ready, or for huge code, lines are
 * plain text so nothing waits on it.
 */
export function CodeView({ code, currentLine = null, highlightedLines, onLineClick, onLineHover, lineNotes, testIdPrefix = 'code-line', ariaLabel }: CodeViewProps) {
  const tokens = useHighlightedCode(code);
  const lines = useMemo(() => code.replace(/\r\n?/g, '\n').split('\n'), [code]);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (currentLine === null) return;
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-line="${currentLine}"]`);
    // jsdom has no scrollIntoView.
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [currentLine]);

  const gutter = String(lines.length).length;
  return (
    <div className="code-view" ref={rootRef} role="list" aria-label={ariaLabel} onMouseLeave={onLineHover ? () => onLineHover(null) : undefined}>
      {lines.map((text, i) => {
        const n = i + 1;
        const lineTokens = tokens?.[i];
        const classes = ['code-line'];
        if (n === currentLine) classes.push('is-current');
        if (highlightedLines?.has(n)) classes.push('is-highlighted');
        if (onLineClick) classes.push('is-clickable');
        return (
          <div
            key={i}
            role="listitem"
            className={classes.join(' ')}
            data-line={n}
            data-testid={`${testIdPrefix}-${n}`}
            aria-current={n === currentLine ? 'step' : undefined}
            onClick={onLineClick ? () => onLineClick(n) : undefined}
            onMouseEnter={onLineHover ? () => onLineHover(n) : undefined}
          >
            <span className="code-ln" style={{ minWidth: `${gutter + 1}ch` }} aria-hidden="true">
              {n}
            </span>
            <span className="code-src">{lineTokens ? lineTokens.map((t, j) => <Token key={j} token={t} />) : text || ' '}</span>
            {lineNotes?.get(n) && <span className="code-note">{lineNotes.get(n)}</span>}
          </div>
        );
      })}
    </div>
  );
}
