import { useHighlightedCode } from '../../code/useHighlightedCode';

/** A code span or block of the rationale, highlighted as Python; plain text for other languages. */
export function HighlightedSnippet({ code, python }: { code: string; python: boolean }) {
  const tokens = useHighlightedCode(python ? code : '');
  if (!python || !tokens) return <>{code}</>;
  return (
    <>
      {tokens.map((line, i) => (
        <span key={i}>
          {i > 0 && '\n'}
          {line.map((t, j) => (
            <span key={j} style={{ color: t.color }}>
              {t.content}
            </span>
          ))}
        </span>
      ))}
    </>
  );
}
