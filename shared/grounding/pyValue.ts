/**
 * Python literals as they appear in traces (`repr`) and in rationales
 * ("x is [1, 2]"). Both sides are reduced to one canonical string so that
 * `"abc"` matches `'abc'`, `[1,2]` matches `[1, 2]`, `3` matches `3.0`
 * (Python's `3 == 3.0`), and dict/set order does not matter. Anything that is
 * not a plain literal (an object repr, an expression) has no canonical form:
 * the checker then refuses to contradict.
 */
export interface ScannedLiteral {
  canon: string;
  /** Offset just after the literal in the scanned text. */
  end: number;
  /** For numbers: the value, and how many decimals were written (approximate comparison). */
  num?: number;
  decimals?: number;
}

const NUMBER_RE = /[-+]?(?:\d+(?:_\d+)*(?:\.\d+)?(?:[eE][-+]?\d+)?|\.\d+)/y;
const WORD_RE = /(?:True|False|None|inf|nan|-inf)\b/y;
const STRING_RE = /[bB]?(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/y;
const SPACE_RE = /[ \t]*/y;

function skipSpace(text: string, pos: number): number {
  SPACE_RE.lastIndex = pos;
  SPACE_RE.exec(text);
  return SPACE_RE.lastIndex;
}

function unescape(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

function canonNumber(raw: string): { canon: string; num: number; decimals: number } | null {
  const num = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(num)) return null;
  const dot = raw.indexOf('.');
  const decimals = dot < 0 || /[eE]/.test(raw) ? 0 : raw.length - dot - 1;
  // Big integers keep their digits: Number would round them and equate different values.
  const digits = raw.replace(/^\+/, '').replace(/_/g, '');
  const canon = /^-?\d+$/.test(digits) && !Number.isSafeInteger(num) ? digits.replace(/^(-?)0+(?=\d)/, '$1') : String(num === 0 ? 0 : num);
  return { canon, num, decimals };
}

/** Scans one literal starting at `pos` (leading spaces allowed); null when there is none. */
export function scanLiteral(text: string, pos: number, depth = 0): ScannedLiteral | null {
  if (depth > 20) return null;
  let at = skipSpace(text, pos);
  const ch = text[at];
  if (ch === undefined) return null;
  if (ch === '[' || ch === '(' || ch === '{') return scanContainer(text, at, depth);
  STRING_RE.lastIndex = at;
  const s = STRING_RE.exec(text);
  if (s) {
    const raw = s[0];
    const bytes = /^[bB]/.test(raw);
    const body = unescape(raw.slice(bytes ? 2 : 1, -1));
    return { canon: (bytes ? 'b' : 's') + JSON.stringify(body), end: STRING_RE.lastIndex };
  }
  WORD_RE.lastIndex = at;
  const w = WORD_RE.exec(text);
  if (w) return { canon: w[0], end: WORD_RE.lastIndex };
  NUMBER_RE.lastIndex = at;
  const n = NUMBER_RE.exec(text);
  if (n) {
    // `3abc` or `3.x` is not a number literal.
    if (/[A-Za-z_]/.test(text[NUMBER_RE.lastIndex] ?? '') && !/[jJ]/.test(text[NUMBER_RE.lastIndex] ?? '')) return null;
    const c = canonNumber(n[0]);
    if (!c) return null;
    at = NUMBER_RE.lastIndex;
    return { canon: c.canon, num: c.num, decimals: c.decimals, end: at };
  }
  if (text.startsWith('set()', at)) return { canon: 'set{}', end: at + 5 };
  return null;
}

function scanContainer(text: string, open: number, depth: number): ScannedLiteral | null {
  const opener = text[open];
  const closer = opener === '[' ? ']' : opener === '(' ? ')' : '}';
  const items: string[] = [];
  let isDict = false;
  let at = open + 1;
  let sawComma = false;
  for (;;) {
    at = skipSpace(text, at);
    if (text[at] === closer) {
      at++;
      break;
    }
    const key = scanLiteral(text, at, depth + 1);
    if (!key) return null;
    at = skipSpace(text, key.end);
    let item = key.canon;
    if (opener === '{' && text[at] === ':') {
      const value = scanLiteral(text, at + 1, depth + 1);
      if (!value) return null;
      isDict = true;
      item = `${key.canon}:${value.canon}`;
      at = skipSpace(text, value.end);
    }
    items.push(item);
    if (text[at] === ',') {
      sawComma = true;
      at++;
      continue;
    }
    if (text[at] === closer) {
      at++;
      break;
    }
    return null;
  }
  if (opener === '(') {
    // `(3)` is just 3; `(3,)` is a tuple.
    if (items.length === 1 && !sawComma) return { canon: items[0]!, end: at };
    return { canon: `(${items.join(',')})`, end: at };
  }
  if (opener === '[') return { canon: `[${items.join(',')}]`, end: at };
  // Dicts and sets compare without order, as in Python.
  const sorted = [...items].sort();
  return { canon: isDict || items.length === 0 ? `{${sorted.join(',')}}` : `set{${sorted.join(',')}}`, end: at };
}

/**
 * How many items a `for` loop takes from this repr: the length of a string,
 * list, tuple, set or dict literal, or of a `range(a, b[, step])`; null for
 * anything else (an object, a truncated repr).
 */
export function iterationLength(repr: string): number | null {
  const trimmed = repr.trim();
  const range = /^range\((-?\d+), (-?\d+)(?:, (-?\d+))?\)$/.exec(trimmed);
  if (range) {
    const [a, b, step] = [Number(range[1]), Number(range[2]), Number(range[3] ?? 1)];
    return step === 0 ? null : Math.max(0, Math.ceil((b - a) / step));
  }
  const canon = canonicalValue(trimmed);
  if (canon === null) return null;
  if (canon.startsWith('s"') || canon.startsWith('b"')) return [...(JSON.parse(canon.slice(1)) as string)].length;
  if (!/^(?:\[|\(|\{|set\{)/.test(canon) || !/^[[({]/.test(trimmed) || (trimmed.startsWith('(') && !/^\(/.test(canon))) return null;
  // Count the top-level items of the canonical form (strings are JSON-quoted, so brackets inside them are skipped).
  const body = canon.slice(canon.indexOf(canon.startsWith('set') ? '{' : canon[0]!) + 1, -1);
  if (body === '') return 0;
  let depth = 0;
  let items = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') {
      for (i++; i < body.length && body[i] !== '"'; i++) if (body[i] === '\\') i++;
    } else if ('[({'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) items++;
  }
  return items;
}

/** The canonical form of a whole string (a trace repr), or null if it is not exactly one literal. */
export function canonicalValue(repr: string): string | null {
  const trimmed = repr.trim();
  const lit = scanLiteral(trimmed, 0);
  if (!lit || skipSpace(trimmed, lit.end) !== trimmed.length) return null;
  return lit.canon;
}

/**
 * Whether a claimed value matches a traced repr. A claim written with few
 * decimals ("about 3.33") matches a traced float that rounds to it.
 */
export function valuesMatch(claim: ScannedLiteral, tracedCanon: string | null, tracedRaw: string): boolean {
  if (tracedCanon === null) return claim.canon === tracedRaw.trim().replace(/\s+/g, ' ');
  if (claim.canon === tracedCanon) return true;
  if (claim.num !== undefined && claim.decimals && claim.decimals > 0) {
    const traced = Number(tracedCanon);
    if (Number.isFinite(traced)) return Math.abs(traced - claim.num) <= 0.5 * 10 ** -claim.decimals + 1e-12;
  }
  return false;
}
