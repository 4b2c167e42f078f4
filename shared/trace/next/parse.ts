import type { StructuredTrace, TestTrace, TraceEvent, TraceOutcome } from '../types';
import { inferOutcome, markedOutcome, OUTCOME_MARKER } from './outcome';
import { entryKind, parseLineEntries } from './parseEntries';
import { splitComment, type TripleQuote } from './scan';

export type ParsedNextTrace = StructuredTrace & { warnings: string[] };

const DEF = /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/;
const DEFINITION = /^(?:async\s+def|def|class|@|import|from)\b/;

/**
 * Read a NExT inline trace back into a structured trace: the program (trace
 * comments removed), one test (the top-level statement(s) after the last
 * definition) and the events of every `(k) ...` entry. Hand-edited,
 * malformed or truncated comments become warnings; it never throws.
 */
export function parseNextInline(text: string): ParsedNextTrace {
  const warnings: string[] = [];
  const source = typeof text === 'string' ? text.replace(/\r\n?/g, '\n').replace(/\n+$/, '') : '';
  const rawLines = source ? source.split('\n') : [];
  const code: string[] = [];
  const traces: Array<string | null> = [];
  let triple: TripleQuote = null;
  for (const line of rawLines) {
    const split = splitComment(line, triple);
    triple = split.openTriple;
    code.push(split.code);
    traces.push(split.trace);
  }
  const testStart = findTestStart(code);
  const funcs = enclosingFunctions(code, testStart);
  const events: TraceEvent[] = [];
  const seen = new Set<number>();
  const elidedLines: number[] = [];
  let maxStep = -1;
  // Assigned in the callback below: the cast keeps TypeScript from narrowing it to null.
  let marked = null as { outcome: TraceOutcome; line: number } | null;
  traces.forEach((trace, index) => {
    if (trace === null) return;
    const lineNo = index + 1;
    const parsed = parseLineEntries(trace, lineNo);
    warnings.push(...parsed.warnings);
    if (parsed.outcome) {
      if (marked) warnings.push(`line ${lineNo}: a second ${OUTCOME_MARKER} marker (line ${marked.line} has one); kept the last`);
      marked = { outcome: parsed.outcome, line: lineNo };
    }
    if (parsed.elided) elidedLines.push(lineNo);
    let previous = -1;
    for (const entry of parsed.entries) {
      if (entry.step < 0) {
        entry.step = maxStep + 1;
        warnings.push(`line ${lineNo}: an entry without a step number was numbered (${entry.step})`);
      }
      if (seen.has(entry.step)) {
        warnings.push(`line ${lineNo}: step (${entry.step}) appears more than once; kept the first`);
        continue;
      }
      if (entry.step < previous) warnings.push(`line ${lineNo}: steps out of order: (${entry.step}) after (${previous})`);
      previous = entry.step;
      seen.add(entry.step);
      maxStep = Math.max(maxStep, entry.step);
      const kind = entryKind(entry, DEF.test(code[index]));
      const event: TraceEvent = { step: entry.step, line: lineNo, kind, func: funcs[index], changed: entry.changed };
      if (entry.returnValue !== undefined) event.returnValue = entry.returnValue;
      if (entry.exception) event.exception = entry.exception;
      events.push(event);
    }
  });
  if (!events.length && !marked) warnings.push('no trace comments of the form "# (k) name=value" were found');
  events.sort((a, b) => a.step - b.step);
  const programEnd = testStart < 0 ? code.length : testStart;
  const program = code.slice(0, programEnd);
  while (program.length && !program[program.length - 1].trim()) program.pop();
  const inferred = inferOutcome(events, testStart < 0 ? Infinity : testStart + 1);
  const ending = marked ? markedOutcome(marked.outcome, inferred) : { ...inferred, truncated: false };
  const test: TestTrace = {
    test: testStart < 0 ? '' : code.slice(testStart).join('\n'),
    ...(testStart < 0 ? {} : { testLine: testStart + 1 }),
    ...ending,
    events,
    stdout: '',
    ...(elidedLines.length ? { elidedLines } : {}),
  };
  return { format: 'tracelens.trace/v1', code: program.join('\n'), tests: [test], warnings };
}

/** Index of the first line of the test: top-level code after the last top-level definition's body. */
function findTestStart(code: string[]): number {
  let lastDefinition = -1;
  code.forEach((line, i) => {
    if (DEFINITION.test(line)) lastDefinition = i;
  });
  for (let i = lastDefinition + 1; i < code.length; i++) {
    const line = code[i];
    if (line.trim() && !/^\s/.test(line) && !/^[)\]}]/.test(line)) return i;
  }
  return -1;
}

/** Name of the function each line belongs to (`<test>` for the test lines). */
function enclosingFunctions(code: string[], testStart: number): Array<string | undefined> {
  const stack: Array<{ indent: number; name: string }> = [];
  return code.map((line, i) => {
    if (testStart >= 0 && i >= testStart) return '<test>';
    if (!line.trim()) return stack[stack.length - 1]?.name;
    const indent = line.length - line.trimStart().length;
    while (stack.length && indent <= stack[stack.length - 1].indent) stack.pop();
    const def = DEF.exec(line);
    if (def) {
      stack.push({ indent, name: def[1] });
      return def[1];
    }
    return stack[stack.length - 1]?.name ?? '<module>';
  });
}
