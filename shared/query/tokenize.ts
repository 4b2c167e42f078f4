/** One token of a search query: `-key:"value"`, `-"phrase"` or `-word`. */
export interface QueryToken {
  negate: boolean;
  key: string | null;
  value: string;
  /** The value was quoted (a phrase, matched as written). */
  quoted: boolean;
  /** Position in the query, for error messages. */
  at: number;
}

/** Reads a quoted string starting at the quote `q`; returns its value and the index after it. */
function readQuoted(query: string, q: number): { value: string; next: number } {
  let value = '';
  let i = q + 1;
  while (i < query.length) {
    const c = query[i];
    if (c === '\\' && (query[i + 1] === '"' || query[i + 1] === '\\')) {
      value += query[i + 1];
      i += 2;
      continue;
    }
    if (c === '"') return { value, next: i + 1 };
    value += c;
    i++;
  }
  throw new Error(`unterminated quote at column ${q + 1}`);
}

/**
 * Splits a query into tokens. A key is letters/underscores before a colon, so
 * `http://x` and `a:b:c` stay words only when the key part is not a plain word or is a URL scheme.
 */
export function tokenizeQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    if (/\s/.test(query[i])) {
      i++;
      continue;
    }
    const at = i;
    let negate = false;
    if (query[i] === '-' && i + 1 < query.length && !/\s/.test(query[i + 1])) {
      negate = true;
      i++;
    }
    if (query[i] === '"') {
      const { value, next } = readQuoted(query, i);
      tokens.push({ negate, key: null, value, quoted: true, at });
      i = next;
      continue;
    }
    const m = /^([A-Za-z_]+):(?!\/\/)/.exec(query.slice(i));
    if (m) {
      i += m[0].length;
      if (query[i] === '"') {
        const { value, next } = readQuoted(query, i);
        tokens.push({ negate, key: m[1].toLowerCase(), value, quoted: true, at });
        i = next;
        continue;
      }
      let j = i;
      while (j < query.length && !/\s/.test(query[j])) j++;
      tokens.push({ negate, key: m[1].toLowerCase(), value: query.slice(i, j), quoted: false, at });
      i = j;
      continue;
    }
    let j = i;
    while (j < query.length && !/\s/.test(query[j])) j++;
    tokens.push({ negate, key: null, value: query.slice(i, j), quoted: false, at });
    i = j;
  }
  return tokens;
}
