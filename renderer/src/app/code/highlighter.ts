import type { HighlighterCore, ThemedToken } from 'shiki/core';
import type { EffectiveTheme } from '../theme/theme';

/**
 * Shiki with fine-grained imports: the core, the JavaScript regex engine (no
 * WASM, which the CSP forbids), the Python grammar and the two GitHub themes.
 * Loaded on first use and shared.
 */
let loading: Promise<HighlighterCore> | null = null;

export function loadHighlighter(): Promise<HighlighterCore> {
  loading ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([import('shiki/core'), import('shiki/engine/javascript')]);
    return createHighlighterCore({
      themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
      langs: [import('shiki/langs/python.mjs')],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  return loading;
}

/** Beyond these sizes the code is shown as plain text: highlighting would stall the UI for little gain. */
export const MAX_HIGHLIGHT_CHARS = 200_000;
export const MAX_HIGHLIGHT_LINE = 2_000;

export type CodeTokens = ThemedToken[][];

const cache = new Map<string, CodeTokens>();
const CACHE_SIZE = 40;

export function cachedTokens(code: string, theme: EffectiveTheme): CodeTokens | undefined {
  return cache.get(`${theme}\0${code}`);
}

/** Tokens per line; null when the code is too large to highlight. Never throws: a grammar failure gives null. */
export async function highlightPython(code: string, theme: EffectiveTheme): Promise<CodeTokens | null> {
  if (code.length > MAX_HIGHLIGHT_CHARS) return null;
  const key = `${theme}\0${code}`;
  const hit = cache.get(key);
  if (hit) return hit;
  try {
    const highlighter = await loadHighlighter();
    const { tokens } = highlighter.codeToTokens(code, {
      lang: 'python',
      theme: theme === 'dark' ? 'github-dark' : 'github-light',
      tokenizeMaxLineLength: MAX_HIGHLIGHT_LINE,
    });
    cache.set(key, tokens);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return tokens;
  } catch {
    return null;
  }
}
