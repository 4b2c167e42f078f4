import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportHeaderSchema, exportRowSchema, type ExportHeader } from './exportFormat';

export type ParsedRow = z.infer<typeof exportRowSchema> & { line: number };

export interface LineIssue {
  line: number;
  reason: string;
}

export interface ParsedExport {
  /** Set when the whole file must be refused: nothing of it may be imported. */
  fatal: string | null;
  header: ExportHeader | null;
  rows: ParsedRow[];
  /** Rows that could not be read (each refused on its own). */
  issues: LineIssue[];
}

const PROGRESS_EVERY = 2000;

const fmt = (issues: z.core.$ZodIssue[]) => issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');

/**
 * Reads a label export. The file is refused as a whole when it is not a
 * label export, is of an unknown format version, or is half-written (no end
 * line, a torn last line, or fewer rows than the end line says): importing
 * part of an interrupted copy would look complete and is worse than nothing.
 * `onProgress` hears about every few thousand lines (counting the header and end lines, as `wc -l` does).
 */
export function parseLabelExport(text: string, fileName = 'import', onProgress?: (linesRead: number, linesTotal: number) => void): ParsedExport {
  const refuse = (fatal: string): ParsedExport => ({ fatal: `${fileName}: ${fatal}`, header: null, rows: [], issues: [] });
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0 || lines.every((l) => l.trim() === '')) return refuse('the file is empty');

  let first: unknown;
  try {
    first = JSON.parse(lines[0]!);
  } catch {
    return refuse('line 1 is not JSON: this is not a Tracelens label export (expected a JSONL file written by "Export JSONL")');
  }
  const f = first as { format?: unknown; format_version?: unknown; type?: unknown };
  if (!f || typeof f !== 'object' || f.format !== EXPORT_FORMAT || f.type !== 'header') {
    return refuse(`line 1 has no "format": "${EXPORT_FORMAT}" header: this is not a Tracelens label export`);
  }
  if (f.format_version !== EXPORT_FORMAT_VERSION) {
    return refuse(`format version ${String(f.format_version)} is not supported (this app reads version ${EXPORT_FORMAT_VERSION})`);
  }
  const header = exportHeaderSchema.safeParse(first);
  if (!header.success) return refuse(`line 1: invalid header (${fmt(header.error.issues)})`);

  const rows: ParsedRow[] = [];
  const issues: LineIssue[] = [];
  let endCount: number | null = null;
  for (let i = 1; i < lines.length; i++) {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, lines.length);
    const lineNo = i + 1;
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    if (endCount !== null) return refuse(`line ${lineNo}: data after the end line (two exports concatenated?)`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      if (i === lines.length - 1) return refuse(`line ${lineNo} is cut off: the file is half-written (interrupted copy or export); nothing was imported`);
      issues.push({ line: lineNo, reason: 'not valid JSON' });
      continue;
    }
    const type = (value as { type?: unknown } | null)?.type;
    if (type === 'end') {
      const count = (value as { count?: unknown }).count;
      endCount = typeof count === 'number' ? count : -1;
      continue;
    }
    const row = exportRowSchema.safeParse(value);
    if (!row.success) issues.push({ line: lineNo, reason: `not a label row (${fmt(row.error.issues)})` });
    else rows.push({ ...row.data, line: lineNo });
  }
  if (endCount === null) return refuse(`the end line is missing after line ${lines.length}: the file is half-written (interrupted copy or export); nothing was imported`);
  if (endCount !== rows.length + issues.length) {
    return refuse(`the end line announces ${endCount} rows but ${rows.length + issues.length} are present: the file is incomplete; nothing was imported`);
  }
  onProgress?.(lines.length, lines.length);
  return { fatal: null, header: header.data as ExportHeader, rows, issues };
}
