import { useEffect, useState } from 'react';
import { useEffectiveTheme } from '../theme/theme';
import { cachedTokens, highlightPython, type CodeTokens } from './highlighter';

/** Shiki tokens for `code` in the current theme; null (plain text) until they are ready or when too large. */
export function useHighlightedCode(code: string): CodeTokens | null {
  const theme = useEffectiveTheme();
  const [state, setState] = useState<{ key: string; tokens: CodeTokens | null }>(() => ({ key: `${theme}\0${code}`, tokens: cachedTokens(code, theme) ?? null }));
  const key = `${theme}\0${code}`;
  useEffect(() => {
    let live = true;
    void highlightPython(code, theme).then((tokens) => {
      if (live) setState({ key, tokens });
    });
    return () => {
      live = false;
    };
  }, [code, theme, key]);
  return state.key === key ? state.tokens : (cachedTokens(code, theme) ?? null);
}
