import type { TraceEvent, TraceOutcome } from '../types';
import { readOutcomeMarker } from './outcome';
import { parsePyStr } from './pyLiteral';
import { cutAt, scanNaive, scanTopLevel } from './scan';

/** What one line's trace comment says, before the lines are put together. */
export interface ParsedEntry {
  /** -1 for a hand-written entry without `(k)`: the caller numbers it. */
  step: number;
  changed: Record<string, string>;
  returnValue?: string;
  exception?: { type: string; message: string };
}

export interface LineEntries {
  entries: ParsedEntry[];
  /** True when the line had a `...` (entries elided). */
  elided: boolean;
  /** The `__outcome__ = '...'` marker's value, when the line has one. */
  outcome?: TraceOutcome;
  warnings: string[];
}

const ENTRY = /^\(\s*(\d+)\s*\)\s*([\s\S]*)$/;
const ASSIGN = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s?([\s\S]*)$/;
const STARTS_ASSIGN = /^\s*[A-Za-z_]\w*\s*=(?!=)/;
const EXCEPTION = /^([A-Za-z_][\w.]*)\(([\s\S]*)\)$/;

/** Read `Type('message')` (or `Type()`); anything else is kept as the type with an empty message. */
export function parseException(text: string): { type: string; message: string } {
  const match = EXCEPTION.exec(text.trim());
  if (!match) return { type: text.trim() || 'Exception', message: '' };
  const args = match[2].trim();
  return { type: match[1], message: args ? (parsePyStr(args) ?? args) : '' };
}

/** Parse the text after a line's `#`: `(k) a=1, b=2; (m) __return__=3; ...; (n) a=4`. */
export function parseLineEntries(text: string, lineNo: number): LineEntries {
  const warnings: string[] = [];
  const scan = scanTopLevel(text);
  let separators = scan.separators;
  if (!scan.balanced) {
    warnings.push(`line ${lineNo}: unbalanced quotes or brackets in the trace comment; split on entry markers instead`);
    separators = scanNaive(text);
  }
  const entries: ParsedEntry[] = [];
  let elided = false;
  let outcome: TraceOutcome | undefined;
  let offset = 0;
  for (const piece of cutAt(text, separators, ';')) {
    const start = offset;
    offset += piece.length + 1;
    const trimmed = piece.trim();
    if (!trimmed) continue;
    if (trimmed === '...' || trimmed === '…') {
      elided = true;
      continue;
    }
    const marker = readOutcomeMarker(trimmed, lineNo);
    if (marker && 'outcome' in marker) outcome = marker.outcome;
    else if (marker) warnings.push(marker.warning);
    if (marker) continue;
    const match = ENTRY.exec(trimmed);
    const local = separators.filter((at) => at > start && at < start + piece.length).map((at) => at - start);
    if (!match && STARTS_ASSIGN.test(trimmed)) {
      // `(1) a=1; b=2` (a hand edit): b belongs to step 1; with no step before it, the caller numbers it.
      const previous = entries[entries.length - 1];
      const entry = parseAssignments(piece, 0, local, previous?.step ?? -1, lineNo, warnings);
      if (entry && previous) mergeInto(previous, entry);
      else if (entry) entries.push(entry);
      continue;
    }
    if (!match) {
      warnings.push(`line ${lineNo}: ignored text that is not a "(k) name=value" entry: ${JSON.stringify(trimmed.slice(0, 60))}`);
      continue;
    }
    const entry = parseAssignments(piece, piece.indexOf(')') + 1, local, Number(match[1]), lineNo, warnings);
    if (entry) entries.push(entry);
  }
  return { entries, elided, warnings, ...(outcome ? { outcome } : {}) };
}

function mergeInto(target: ParsedEntry, extra: ParsedEntry): void {
  Object.assign(target.changed, extra.changed);
  if (extra.returnValue !== undefined) target.returnValue = extra.returnValue;
  if (extra.exception) target.exception = extra.exception;
}

/** `a=1, b=[2, 3], __return__=4` from `shift` on in `piece`. */
function parseAssignments(piece: string, shift: number, separators: number[], step: number, lineNo: number, warnings: string[]): ParsedEntry | null {
  const body = piece.slice(shift);
  const label = step < 0 ? 'an unnumbered entry' : `step (${step})`;
  // Split only at commas followed by `name=`, so that a bare comma inside a value stays in it.
  const commas = separators.map((at) => at - shift).filter((at) => at >= 0 && body[at] === ',' && STARTS_ASSIGN.test(body.slice(at + 1)));
  const entry: ParsedEntry = { step, changed: {} };
  for (const part of cutAt(body, commas, ',')) {
    const assign = ASSIGN.exec(part);
    if (!assign) {
      if (part.trim()) warnings.push(`line ${lineNo}: ${label} has no "name=value": ${JSON.stringify(part.trim().slice(0, 60))}`);
      continue;
    }
    const [, name, rawValue] = assign;
    const value = rawValue.replace(/\s+$/, '');
    if (!value) warnings.push(`line ${lineNo}: ${label} gives ${name} no value`);
    if (name === '__return__') entry.returnValue = value;
    else if (name === '__exception__') entry.exception = parseException(value);
    else entry.changed[name] = value;
  }
  const empty = !Object.keys(entry.changed).length && entry.returnValue === undefined && !entry.exception;
  if (empty) {
    warnings.push(`line ${lineNo}: ${label} is empty`);
    return null;
  }
  return entry;
}

/** The event kind an entry stands for on a given line. */
export function entryKind(entry: ParsedEntry, isDefLine: boolean): TraceEvent['kind'] {
  if (entry.exception) return 'exception';
  if (entry.returnValue !== undefined) return 'return';
  return isDefLine ? 'call' : 'line';
}
