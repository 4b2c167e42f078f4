import { z } from 'zod';
import { labelRecordSchema, type LabelRecord } from './label';
import { rubricSchema, type Rubric } from './rubric';

/**
 * The label journal: every label change, appended as one JSON line to a
 * file in the user's data folder by the backend. Replaying it rebuilds the
 * labels (and the rubric versions they use) into an empty database.
 */
export type JournalEntry =
  | { op: 'put'; at: string; label: LabelRecord }
  | { op: 'delete'; at: string; id: string }
  | { op: 'rubric'; at: string; rubric: Rubric };

export const journalEntrySchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), at: z.string(), label: labelRecordSchema }).strict(),
  z.object({ op: z.literal('delete'), at: z.string(), id: z.string().min(1) }).strict(),
  z.object({ op: z.literal('rubric'), at: z.string(), rubric: rubricSchema }).strict(),
]);

export interface JournalReadIssue {
  line: number;
  reason: string;
}

export interface ParsedJournal {
  entries: JournalEntry[];
  issues: JournalReadIssue[];
  /** The last line was cut off by a crash mid-write: expected and harmless (it was never acknowledged). */
  tornTail: boolean;
}

/** Reads journal text; a bad line is reported and skipped, never fatal. */
export function parseJournal(text: string): ParsedJournal {
  const lines = text.split('\n');
  const endsClean = lines[lines.length - 1] === '';
  if (endsClean) lines.pop();
  const out: ParsedJournal = { entries: [], issues: [], tornTail: false };
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const last = i === lines.length - 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      if (last && !endsClean) out.tornTail = true;
      else out.issues.push({ line: i + 1, reason: 'not valid JSON' });
      return;
    }
    const entry = journalEntrySchema.safeParse(value);
    if (entry.success) out.entries.push(entry.data as JournalEntry);
    else out.issues.push({ line: i + 1, reason: entry.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') });
  });
  return out;
}

export interface Replayed {
  labels: LabelRecord[];
  rubrics: Rubric[];
}

/** Folds entries in order: the last change to a label wins; a delete removes it. */
export function replayJournal(entries: readonly JournalEntry[]): Replayed {
  const labels = new Map<string, LabelRecord>();
  const rubrics = new Map<string, Rubric>();
  for (const e of entries) {
    if (e.op === 'put') labels.set(e.label.id, e.label);
    else if (e.op === 'delete') labels.delete(e.id);
    else rubrics.set(`${e.rubric.id}@${e.rubric.version}`, e.rubric);
  }
  return { labels: [...labels.values()], rubrics: [...rubrics.values()] };
}
