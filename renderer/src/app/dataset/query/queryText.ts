import { canonicalKey } from './keys';

/** One whitespace-separated term of a query, with its position in the text. */
export interface QueryToken {
  start: number;
  end: number;
  raw: string;
  negated: boolean;
  /** Canonical filter key (`iteration:` → `iter`), or null for free text and unknown keys. */
  key: string | null;
  /** Key as typed, even if unknown (for autocomplete). */
  rawKey: string | null;
  /** The value without quotes (free text: the whole term). */
  value: string;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Splits a query into terms without interpreting them, keeping positions so
 * the UI can edit the text in place (chips, autocomplete). Quotes group a
 * phrase (`"off by one"`, `model:"gpt 4"`); an unterminated quote runs to the end.
 */
export function tokenize(text: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isSpace(text[i]!)) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        i = close === -1 ? text.length : close + 1;
      } else i++;
    }
    tokens.push(parseTerm(text.slice(start, i), start, i));
  }
  return tokens;
}

function parseTerm(raw: string, start: number, end: number): QueryToken {
  const negated = raw.startsWith('-') && raw.length > 1;
  const body = negated ? raw.slice(1) : raw;
  const m = /^([A-Za-z_][A-Za-z0-9_.]*):(.*)$/s.exec(body);
  if (!m) return { start, end, raw, negated, key: null, rawKey: null, value: unquote(body) };
  return { start, end, raw, negated, key: canonicalKey(m[1]!), rawKey: m[1]!, value: unquote(m[2]!) };
}

function unquote(s: string): string {
  if (s.startsWith('"')) return s.endsWith('"') && s.length > 1 ? s.slice(1, -1) : s.slice(1);
  return s;
}

/** A value as it must be written in the query: quoted when it holds spaces or quotes. */
export function quoteValue(value: string): string {
  return /[\s"]/.test(value) || value === '' ? `"${value.replace(/"/g, '')}"` : value;
}

/** The value of the first positive `key:` term, or null when the query does not filter on it. */
export function getFilter(text: string, key: string): string | null {
  const t = tokenize(text).find((tok) => tok.key === key && !tok.negated);
  return t ? t.value : null;
}

/**
 * Sets `key:value` in the query, replacing the first term on that key in place
 * (so the user's ordering survives) and dropping any other positive ones;
 * `null` removes the filter. Free text and negations are left untouched.
 */
export function setFilter(text: string, key: string, value: string | null): string {
  const tokens = tokenize(text);
  const matching = tokens.filter((t) => t.key === key && !t.negated);
  const term = value === null ? null : `${key}:${quoteValue(value)}`;
  if (matching.length === 0) return term === null ? text.trim() : joinTerms([text.trim(), term]);
  let out = '';
  let last = 0;
  matching.forEach((t, n) => {
    out += text.slice(last, t.start) + (n === 0 && term !== null ? term : '');
    last = t.end;
  });
  out += text.slice(last);
  return normaliseSpaces(out);
}

/** Chip behaviour: choosing the active value clears the filter, any other value replaces it. */
export function toggleFilter(text: string, key: string, value: string): string {
  return getFilter(text, key) === value ? setFilter(text, key, null) : setFilter(text, key, value);
}

function joinTerms(parts: string[]): string {
  return parts.filter((p) => p.length > 0).join(' ');
}

// Collapses the double spaces left by removed terms, but not inside quoted phrases.
function normaliseSpaces(text: string): string {
  return tokenize(text)
    .map((t) => t.raw)
    .join(' ');
}

/** The term under the caret (the one being typed), or null between terms. */
export function tokenAt(text: string, caret: number): QueryToken | null {
  return tokenize(text).find((t) => caret >= t.start && caret <= t.end) ?? null;
}
