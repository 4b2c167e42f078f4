/**
 * A byte-level scanner for one JSONL record that reads the top-level fields
 * the index needs WITHOUT JSON.parse of the whole record: long strings
 * (traces, code, rationales) are skipped with `indexOf(")` and never become
 * JS strings, nested objects and arrays are skipped by bracket depth. Only
 * the wanted keys' scalar values are materialised. It is strict about the
 * top level (braces, commas, colons, literals, trailing bytes) and returns
 * false for anything unusual, in which case the caller falls back to
 * JSON.parse, which also gives the precise error message.
 */
export interface ScanSpec {
  /** Top-level keys whose scalar value is wanted (strings are decoded). */
  wanted: ReadonlySet<string>;
  /** Top-level string keys whose JS length (UTF-16 units) is wanted. */
  counted: ReadonlySet<string>;
  /** Collect every top-level key (adapter detection, mapping form). */
  collectKeys?: boolean;
}

/** Marks a wanted key whose value is an object or array. */
export const NESTED: unique symbol = Symbol('nested');
export type ScanValue = string | number | boolean | null | typeof NESTED;

export interface ScanOut {
  values: Record<string, ScanValue>;
  counts: Record<string, number>;
  keys: string[];
}

export function newScanOut(): ScanOut {
  return { values: Object.create(null), counts: Object.create(null), keys: [] };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const utf8 = new TextDecoder('utf-8');

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

/** Index of the closing quote of a string whose content starts at `i`, or -1. */
export function findStringEnd(buf: Uint8Array, i: number, end: number): number {
  for (;;) {
    const q = buf.indexOf(QUOTE, i);
    if (q < 0 || q >= end) return -1;
    let b = q - 1;
    while (b >= i && buf[b] === BACKSLASH) b--;
    // An even number of backslashes before the quote means it is not escaped.
    if ((q - 1 - b) % 2 === 0) return q;
    i = q + 1;
  }
}

/** Decodes the raw content of a JSON string (between the quotes). */
function decodeString(buf: Uint8Array, s: number, e: number): string | null {
  let plain = e - s <= 256;
  for (let k = s; plain && k < e; k++) if (buf[k] >= 0x80 || buf[k] === BACKSLASH) plain = false;
  if (plain) return String.fromCharCode.apply(null, buf.subarray(s, e) as unknown as number[]);
  try {
    return JSON.parse('"' + utf8.decode(buf.subarray(s, e)) + '"') as string;
  } catch {
    return null;
  }
}

/** JS string length (UTF-16 units) of raw JSON string content, without decoding it. */
export function jsonStringLength(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  let k = s;
  while (k < e) {
    const c = buf[k];
    if (c === BACKSLASH) {
      k += buf[k + 1] === 0x75 ? 6 : 2; // \uXXXX is one unit; \n, \" ... are one character
      n++;
    } else if (c < 0x80) {
      k++;
      n++;
    } else if (c >= 0xf0) {
      k += 4;
      n += 2; // astral plane: a surrogate pair
    } else if (c >= 0xe0) {
      k += 3;
      n++;
    } else {
      k += 2;
      n++;
    }
  }
  return n;
}

/** End (exclusive) of the object or array starting at `i`, or -1. */
function skipNested(buf: Uint8Array, i: number, end: number): number {
  let depth = 0;
  while (i < end) {
    const c = buf[i];
    if (c === QUOTE) {
      const q = findStringEnd(buf, i + 1, end);
      if (q < 0) return -1;
      i = q + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

function matchLiteral(buf: Uint8Array, i: number, end: number, lit: string): boolean {
  if (i + lit.length > end) return false;
  for (let k = 0; k < lit.length; k++) if (buf[i + k] !== lit.charCodeAt(k)) return false;
  return true;
}

function isNumberByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
}

/**
 * Scans `buf[start, end)` as one JSON object. Fills `out` (reset first) and
 * returns true, or returns false when the caller must fall back to JSON.parse.
 */
export function scanRecord(buf: Uint8Array, start: number, end: number, spec: ScanSpec, out: ScanOut): boolean {
  out.values = Object.create(null);
  out.counts = Object.create(null);
  out.keys = [];
  let i = start;
  while (i < end && isWs(buf[i])) i++;
  if (buf[i] !== 0x7b) return false;
  i++;
  while (i < end && isWs(buf[i])) i++;
  if (buf[i] === 0x7d) i++;
  else {
    for (;;) {
      if (buf[i] !== QUOTE) return false;
      const ke = findStringEnd(buf, i + 1, end);
      if (ke < 0) return false;
      const key = decodeString(buf, i + 1, ke);
      if (key === null) return false;
      if (spec.collectKeys) out.keys.push(key);
      i = ke + 1;
      while (i < end && isWs(buf[i])) i++;
      if (buf[i] !== 0x3a) return false;
      i++;
      while (i < end && isWs(buf[i])) i++;
      const c = buf[i];
      const wanted = spec.wanted.has(key);
      if (c === QUOTE) {
        const se = findStringEnd(buf, i + 1, end);
        if (se < 0) return false;
        if (wanted) {
          const v = decodeString(buf, i + 1, se);
          if (v === null) return false;
          out.values[key] = v;
        }
        if (spec.counted.has(key)) out.counts[key] = jsonStringLength(buf, i + 1, se);
        i = se + 1;
      } else if (c === 0x7b || c === 0x5b) {
        const ne = skipNested(buf, i, end);
        if (ne < 0) return false;
        if (wanted) out.values[key] = NESTED;
        i = ne;
      } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        const lit = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
        if (!matchLiteral(buf, i, end, lit)) return false;
        if (wanted) out.values[key] = c === 0x74 ? true : c === 0x66 ? false : null;
        i += lit.length;
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        const ns = i;
        while (i < end && isNumberByte(buf[i])) i++;
        // Numbers are short: always checked, so `1e` or `--1` goes to the precise fallback.
        const v = Number(String.fromCharCode.apply(null, buf.subarray(ns, i) as unknown as number[]));
        if (!Number.isFinite(v)) return false;
        if (wanted) out.values[key] = v;
      } else return false;
      while (i < end && isWs(buf[i])) i++;
      if (buf[i] === 0x2c) {
        i++;
        while (i < end && isWs(buf[i])) i++;
        continue;
      }
      if (buf[i] === 0x7d) {
        i++;
        break;
      }
      return false;
    }
  }
  while (i < end && isWs(buf[i])) i++;
  return i === end;
}
