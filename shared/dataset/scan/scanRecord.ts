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
  /**
   * Faster JS length of raw JSON string content, when the host has native
   * helpers (the Node worker uses buffer.isAscii); defaults to a byte loop.
   */
  stringLength?: (buf: Uint8Array, s: number, e: number) => number;
  /** Native decoding of plain ASCII bytes (Node: `buf.toString('latin1', s, e)`), one allocation per string. */
  ascii?: (buf: Uint8Array, s: number, e: number) => string;
}

/** Marks a wanted key whose value is an object or array. */
export const NESTED: unique symbol = Symbol('nested');
export type ScanValue = string | number | boolean | null | typeof NESTED;

/**
 * What one scan found, reused from record to record (no allocation per
 * record): values and counts sit in slots numbered like the spec's keys.
 */
export class ScanOut {
  keys: string[] = [];
  slots: Array<ScanValue | undefined> = [];
  counts: number[] = [];
  compiled: CompiledKeys | null = null;

  reset(c: CompiledKeys, collectKeys: boolean): void {
    this.compiled = c;
    if (this.slots.length !== c.names.length) {
      this.slots = new Array(c.names.length);
      this.counts = new Array(c.names.length);
    }
    this.slots.fill(undefined);
    this.counts.fill(-1);
    if (collectKeys || this.keys.length) this.keys = [];
  }

  /** A wanted key's value (undefined when absent). */
  value(key: string): ScanValue | undefined {
    const i = this.compiled?.slot.get(key);
    return i === undefined ? undefined : this.slots[i];
  }

  /** A counted key's string length (undefined when absent or not a string). */
  chars(key: string): number | undefined {
    const i = this.compiled?.slot.get(key);
    return i === undefined || this.counts[i] < 0 ? undefined : this.counts[i];
  }

  /** The wanted values found, as an object (tests, debugging). */
  values(): Record<string, ScanValue> {
    const out: Record<string, ScanValue> = {};
    this.compiled?.names.forEach((n, i) => {
      if (this.slots[i] !== undefined) out[n] = this.slots[i]!;
    });
    return out;
  }
}

export function newScanOut(): ScanOut {
  return new ScanOut();
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
function decodeString(buf: Uint8Array, s: number, e: number, ascii?: ScanSpec['ascii']): string | null {
  if (ascii && e - s <= 256) {
    let k = s;
    while (k < e && buf[k] < 0x80 && buf[k] !== BACKSLASH) k++;
    if (k === e) return ascii(buf, s, e);
  } else if (e - s <= 64) {
    // Short plain ASCII (ids, split and model names): build it directly, no subarray.
    let out = '';
    let k = s;
    for (; k < e; k++) {
      const c = buf[k];
      if (c >= 0x80 || c === BACKSLASH) break;
      out += String.fromCharCode(c);
    }
    if (k === e) return out;
  }
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

interface CompiledKeys {
  /** UTF-8 bytes of each key in `names`. */
  bytes: Uint8Array[];
  names: string[];
  slot: Map<string, number>;
  wanted: boolean[];
  counted: boolean[];
}
const COMPILED = Symbol('compiled');
const encoder = new TextEncoder();

/** The spec's keys as bytes, so keys in the record are matched without building strings (cached on the spec). */
let lastSpec: ScanSpec | null = null;
let lastKeys: CompiledKeys | null = null;

function compile(spec: ScanSpec): CompiledKeys {
  // A scan job uses one spec for millions of records: an identity check beats any lookup.
  if (spec === lastSpec) return lastKeys!;
  lastSpec = spec;
  lastKeys = compileOnce(spec);
  return lastKeys;
}

function compileOnce(spec: ScanSpec): CompiledKeys {
  const holder = spec as ScanSpec & { [COMPILED]?: CompiledKeys };
  let c = holder[COMPILED];
  if (!c) {
    const names = [...new Set([...spec.wanted, ...spec.counted])];
    c = { names, slot: new Map(names.map((n, i) => [n, i])), bytes: names.map((n) => encoder.encode(n)), wanted: names.map((n) => spec.wanted.has(n)), counted: names.map((n) => spec.counted.has(n)) };
    Object.defineProperty(holder, COMPILED, { value: c, enumerable: false });
  }
  return c;
}

/** Index of the spec key whose bytes equal buf[s, e), or -1. Keys with escapes never match (rare; the caller then ignores them). */
function matchKey(keys: CompiledKeys, buf: Uint8Array, s: number, e: number): number {
  const len = e - s;
  outer: for (let k = 0; k < keys.bytes.length; k++) {
    const b = keys.bytes[k];
    if (b.length !== len) continue;
    for (let j = 0; j < len; j++) if (buf[s + j] !== b[j]) continue outer;
    return k;
  }
  return -1;
}

/** Parses a JSON number token without allocating for plain integers. */
function parseNumber(buf: Uint8Array, s: number, e: number): number {
  let k = s;
  const neg = buf[k] === 0x2d;
  if (neg) k++;
  if (k === e) return NaN;
  let v = 0;
  for (; k < e; k++) {
    const c = buf[k];
    if (c < 0x30 || c > 0x39) break;
    v = v * 10 + (c - 0x30);
  }
  if (k === e && e - s < 16 && !(buf[neg ? s + 1 : s] === 0x30 && e - s > (neg ? 2 : 1))) return neg ? -v : v;
  let text = '';
  for (k = s; k < e; k++) text += String.fromCharCode(buf[k]);
  // JSON forbids leading zeros and a bare '-', '+1', '.5', '1.': Number() accepts some of these.
  return /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
}

function isNumberByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
}

/**
 * Scans `buf[start, end)` as one JSON object. Fills `out` (reset first) and
 * returns true, or returns false when the caller must fall back to JSON.parse.
 */
export function scanRecord(buf: Uint8Array, start: number, end: number, spec: ScanSpec, out: ScanOut): boolean {
  const keys = compile(spec);
  out.reset(keys, !!spec.collectKeys);
  const strLen = spec.stringLength ?? jsonStringLength;
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
      const ki = matchKey(keys, buf, i + 1, ke);
      if (spec.collectKeys) {
        const name = decodeString(buf, i + 1, ke, spec.ascii);
        if (name === null) return false;
        out.keys.push(name);
      }
      i = ke + 1;
      while (i < end && isWs(buf[i])) i++;
      if (buf[i] !== 0x3a) return false;
      i++;
      while (i < end && isWs(buf[i])) i++;
      const c = buf[i];
      const wanted = ki >= 0 && keys.wanted[ki];
      if (c === QUOTE) {
        const se = findStringEnd(buf, i + 1, end);
        if (se < 0) return false;
        if (wanted) {
          const v = decodeString(buf, i + 1, se, spec.ascii);
          if (v === null) return false;
          out.slots[ki] = v;
        }
        if (ki >= 0 && keys.counted[ki]) out.counts[ki] = strLen(buf, i + 1, se);
        i = se + 1;
      } else if (c === 0x7b || c === 0x5b) {
        const ne = skipNested(buf, i, end);
        if (ne < 0) return false;
        if (wanted) out.slots[ki] = NESTED;
        i = ne;
      } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        const lit = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
        if (!matchLiteral(buf, i, end, lit)) return false;
        if (wanted) out.slots[ki] = c === 0x74 ? true : c === 0x66 ? false : null;
        i += lit.length;
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        const ns = i;
        while (i < end && isNumberByte(buf[i])) i++;
        // Numbers are short: always checked, so `1e` or `--1` goes to the precise fallback.
        const v = parseNumber(buf, ns, i);
        if (!Number.isFinite(v)) return false;
        if (wanted) out.slots[ki] = v;
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
