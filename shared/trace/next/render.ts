import type { StructuredTrace, TraceEvent } from '../types';
import { outcomeMarker } from './outcome';
import { pyStrRepr } from './pyLiteral';
import { splitComment, type TripleQuote } from './scan';

export interface NextRenderOptions {
  /** Entries kept at the start of a line executed many times (default 2). */
  keepFirst?: number;
  /** Entries kept at the end (default 1). */
  keepLast?: number;
}

/** The program's lines without trailing blank lines: the test follows the last of them. */
export function programLines(code: string): string[] {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  return lines;
}

/** `ValueError('bad')`, or `AssertionError()` when the message is empty, as Python's repr writes it. */
export function formatException(exception: { type: string; message: string }): string {
  return `${exception.type}(${exception.message ? pyStrRepr(exception.message) : ''})`;
}

/** One `(k) ...` entry, or null for a step that shows nothing (a call without arguments). */
export function formatEntry(event: TraceEvent): string | null {
  const parts = Object.entries(event.changed ?? {}).map(([name, value]) => `${name}=${value}`);
  if (event.kind === 'return' && event.returnValue !== undefined) parts.push(`__return__=${event.returnValue}`);
  if (event.kind === 'exception' && event.exception) parts.push(`__exception__ = ${formatException(event.exception)}`);
  return parts.length ? `(${event.step}) ${parts.join(', ')}` : null;
}

/**
 * Keep the first `keepFirst` and last `keepLast` entries, with `...` between,
 * when there are more (or when the entries are already known to be partial).
 */
export function elide(entries: string[], keepFirst: number, keepLast: number, partial = false): string[] {
  if (entries.length <= keepFirst + keepLast) {
    if (!partial) return entries;
    const at = Math.min(keepFirst, entries.length);
    return [...entries.slice(0, at), '...', ...entries.slice(at)];
  }
  return [...entries.slice(0, keepFirst), '...', ...(keepLast > 0 ? entries.slice(-keepLast) : [])];
}

/**
 * The NExT inline rendering of one test: the program with `# (k) var=value`
 * comments on each executed line, followed by the test line(s), the step
 * counter carrying on into them (a failing assertion shows
 * `__exception__ = AssertionError()`). A test that ended in a way the entries
 * cannot show (cut at the step cap, timed out, ...) gets `__outcome__ = '...'`
 * at the end of its last line's comment (see outcome.ts).
 */
export function renderNextInline(trace: StructuredTrace, testIndex: number, opts: NextRenderOptions = {}): string {
  const keepFirst = Math.max(0, opts.keepFirst ?? 2);
  const keepLast = Math.max(0, opts.keepLast ?? 1);
  const program = programLines(trace.code);
  const test = trace.tests[testIndex];
  if (!test) return program.join('\n');
  const testText = test.test.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const testLines = testText ? testText.split('\n') : [];
  const lines = [...program, ...testLines];
  const testLine = test.testLine ?? program.length + 1;
  const entries: string[][] = lines.map(() => []);
  const shownEvents: TraceEvent[][] = lines.map(() => []);
  const target = commentTargets(lines);
  const ordered = [...test.events].sort((a, b) => a.step - b.step);
  for (const event of ordered) {
    const index = event.line >= testLine ? program.length + (event.line - testLine) : event.line - 1;
    if (index < 0 || index >= lines.length || (event.line < testLine && index >= program.length)) continue;
    const entry = formatEntry(event);
    if (!entry) continue;
    entries[target[index]].push(entry);
    shownEvents[target[index]].push(event);
  }
  const partial = new Set((test.elidedLines ?? []).map((line) => (line >= testLine ? program.length + (line - testLine) : line - 1)));
  const comments = entries.map((list, i) => (list.length ? elide(list, keepFirst, keepLast, partial.has(i)) : list));
  // An ending the entries cannot tell (step cap, timeout, limits) is said on the test's last line.
  // Judged on the entries left after elision: those are all a reader (or the parser) has.
  const visible = shownEvents.flatMap((list) => (list.length <= keepFirst + keepLast ? list : [...list.slice(0, keepFirst), ...list.slice(list.length - keepLast)]));
  const marker = outcomeMarker(test.outcome, visible.sort((a, b) => a.step - b.step), testLine);
  if (marker && lines.length) comments[target[lines.length - 1]].push(marker);
  return lines.map((line, i) => (comments[i].length ? `${line}  # ${comments[i].join('; ')}` : line)).join('\n');
}

/**
 * Where each line's comment can go: the line itself, unless a comment there
 * would break the program (inside a triple-quoted string, after a `\`
 * continuation); then the line that ends the statement.
 */
function commentTargets(lines: string[]): number[] {
  const open: boolean[] = [];
  let triple: TripleQuote = null;
  for (const line of lines) {
    const split = splitComment(line, triple);
    triple = split.openTriple;
    open.push(triple !== null || (split.trace === null && !line.includes('#') && /\\$/.test(line)));
  }
  const target = lines.map((_, i) => i);
  for (let i = lines.length - 1; i >= 0; i--) if (open[i] && i + 1 < lines.length) target[i] = target[i + 1];
  return target;
}
