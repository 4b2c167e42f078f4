import { memo } from 'react';
import type { ThemedToken } from 'shiki/core';

// Shiki's FontStyle bit flags.
const ITALIC = 1;
const BOLD = 2;
const UNDERLINE = 4;

function Token({ token }: { token: ThemedToken }) {
  const fs = token.fontStyle ?? 0;
  const style: React.CSSProperties = { color: token.color };
  if (fs > 0) {
    if (fs & ITALIC) style.fontStyle = 'italic';
    if (fs & BOLD) style.fontWeight = 600;
    if (fs & UNDERLINE) style.textDecoration = 'underline';
  }
  return <span style={style}>{token.content}</span>;
}

export interface CodeLineProps {
  n: number;
  text: string;
  tokens: ThemedToken[] | undefined;
  gutter: number;
  current: boolean;
  highlighted: boolean;
  note: string | undefined;
  testIdPrefix: string;
  onClick?: ((line: number) => void) | undefined;
  onHover?: ((line: number | null) => void) | undefined;
  style?: React.CSSProperties;
}

/** One source line: number, tokens (plain text until highlighted), optional note. */
export const CodeLine = memo(function CodeLine({ n, text, tokens, gutter, current, highlighted, note, testIdPrefix, onClick, onHover, style }: CodeLineProps) {
  const classes = ['code-line'];
  if (current) classes.push('is-current');
  if (highlighted) classes.push('is-highlighted');
  if (onClick) classes.push('is-clickable');
  return (
    <div
      role="listitem"
      className={classes.join(' ')}
      style={style}
      data-line={n}
      data-testid={`${testIdPrefix}-${n}`}
      aria-current={current ? 'step' : undefined}
      onClick={onClick ? () => onClick(n) : undefined}
      onMouseEnter={onHover ? () => onHover(n) : undefined}
    >
      <span className="code-ln" style={{ minWidth: `${gutter + 1}ch` }} aria-hidden="true">
        {n}
      </span>
      <span className="code-src">{tokens ? tokens.map((t, j) => <Token key={j} token={t} />) : text || ' '}</span>
      {note && <span className="code-note">{note}</span>}
    </div>
  );
});
