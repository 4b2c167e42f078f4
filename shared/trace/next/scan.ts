/**
 * Character-level scanning for NExT inline traces: where a line's trace
 * comment starts (a `#` outside any string literal, followed by `(k)`), and
 * where its entries and assignments split (`;` and `,` outside strings and
 * brackets). Values are Python reprs, so `s='a; b'` or `Point(x=1, y=2)`
 * must not split.
 */

export type TripleQuote = "'''" | '"""' | null;

export interface CommentSplit {
  /** The line without the trace comment (other comments kept). */
  code: string;
  /** Text after the trace comment's `#`, or null when the line has none. */
  trace: string | null;
  /** Triple-quoted string still open at the end of the line. */
  openTriple: TripleQuote;
}

/** Split a source line into code and NExT trace comment, carrying triple-quote state across lines. */
export function splitComment(line: string, openTriple: TripleQuote): CommentSplit {
  let i = 0;
  let triple = openTriple;
  let quote: string | null = null;
  while (i < line.length) {
    if (triple) {
      const end = line.indexOf(triple, i);
      if (end < 0) return { code: line, trace: null, openTriple: triple };
      i = end + 3;
      triple = null;
      continue;
    }
    const ch = line[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      i++;
      continue;
    }
    if (line.startsWith("'''", i) || line.startsWith('"""', i)) {
      triple = line.slice(i, i + 3) as TripleQuote;
      i += 3;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#') return fromComment(line, i);
    i++;
  }
  return { code: line, trace: null, openTriple: null };
}

/** The comment starts at `hash`; the trace is the first `# (k)` in it (the code may have its own comment). */
function fromComment(line: string, hash: number): CommentSplit {
  const rest = line.slice(hash);
  // `# (k) ...`, a hand-written `# __exception__ = AssertionError()` without a step number,
  // or only the outcome marker (`# __outcome__ = 'timeout'` on a test line that recorded nothing),
  // possibly after elided entries (`# ...; __outcome__ = 'failed'`).
  const found = /#\s*(?=(?:\.\.\.\s*;\s*)*(?:\(\s*\d+\s*\)|__(?:return|exception|outcome)__\s*=))/.exec(rest);
  if (!found) return { code: line, trace: null, openTriple: null };
  const at = hash + found.index;
  return { code: line.slice(0, at).replace(/\s+$/, ''), trace: line.slice(at + found[0].length), openTriple: null };
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
// A value the tracer cut ends in `...`; when one is followed by a separator, the scan resumes at top level.
const CUT_VALUE_END = /^\.\.\.(?=\s*;\s*(?:\(\s*\d+\s*\)|\.\.\.)|\s*,\s*[A-Za-z_]\w*\s*=(?!=)|\s*;?\s*$)/;

export interface TopLevelScan {
  /** Positions of `;` and `,` outside strings and brackets. */
  separators: number[];
  /** False when a quote or bracket was still open at the end. */
  balanced: boolean;
}

export function scanTopLevel(text: string): TopLevelScan {
  const separators: number[] = [];
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ((quote || stack.length) && ch === '.' && CUT_VALUE_END.test(text.slice(i, i + 80))) {
      quote = null;
      stack.length = 0;
      i += 2;
      continue;
    }
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch in CLOSERS) stack.push(CLOSERS[ch]);
    else if (stack.length && ch === stack[stack.length - 1]) stack.pop();
    else if (!stack.length && (ch === ';' || ch === ',')) separators.push(i);
  }
  return { separators, balanced: !quote && !stack.length };
}

/** Fallback for unbalanced text: split where the next token looks like an entry or an assignment. */
export function scanNaive(text: string): number[] {
  const separators: number[] = [];
  const pattern = /;(?=\s*(?:\(\s*\d+\s*\)|\.\.\.))|,(?=\s*[A-Za-z_]\w*\s*=(?!=))/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) separators.push(m.index);
  return separators;
}

/** Cut `text` at the given separator positions, keeping only those with the wanted character. */
export function cutAt(text: string, separators: number[], char: ';' | ','): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const at of separators) {
    if (text[at] !== char) continue;
    parts.push(text.slice(start, at));
    start = at + 1;
  }
  parts.push(text.slice(start));
  return parts;
}
