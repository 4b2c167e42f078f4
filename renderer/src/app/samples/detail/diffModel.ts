import { diffLines, structuredPatch } from 'diff';

/**
 * Rows for the fix pane, from jsdiff: unified hunks (`structuredPatch`, with
 * context) and a side-by-side pairing of removed and added lines
 * (`diffLines`). Line endings are normalised first: MBPP code is CRLF.
 */
export interface UnifiedRow {
  kind: 'hunk' | 'context' | 'del' | 'add';
  oldNo: number | null;
  newNo: number | null;
  text: string;
}

export interface SplitRow {
  left: { no: number; text: string; kind: 'context' | 'del' } | null;
  right: { no: number; text: string; kind: 'context' | 'add' } | null;
}

const normalise = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n');

export function unifiedRows(buggy: string, fixed: string, context = 3): UnifiedRow[] {
  const patch = structuredPatch('buggy', 'fixed', normalise(buggy), normalise(fixed), '', '', { context });
  const rows: UnifiedRow[] = [];
  for (const h of patch.hunks) {
    rows.push({ kind: 'hunk', oldNo: null, newNo: null, text: `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@` });
    let oldNo = h.oldStart;
    let newNo = h.newStart;
    for (const line of h.lines) {
      const mark = line[0];
      const text = line.slice(1);
      if (mark === '-') rows.push({ kind: 'del', oldNo: oldNo++, newNo: null, text });
      else if (mark === '+') rows.push({ kind: 'add', oldNo: null, newNo: newNo++, text });
      else if (mark === ' ') rows.push({ kind: 'context', oldNo: oldNo++, newNo: newNo++, text });
    }
  }
  return rows;
}

export function splitRows(buggy: string, fixed: string): SplitRow[] {
  const changes = diffLines(normalise(buggy), normalise(fixed));
  const rows: SplitRow[] = [];
  let oldNo = 1;
  let newNo = 1;
  const linesOf = (value: string) => value.replace(/\n$/, '').split('\n');
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (!c.added && !c.removed) {
      for (const text of linesOf(c.value)) rows.push({ left: { no: oldNo++, text, kind: 'context' }, right: { no: newNo++, text, kind: 'context' } });
      continue;
    }
    // A removal followed by an addition is a replacement: pair its lines side by side.
    const removed = c.removed ? linesOf(c.value) : [];
    const nextAdded = c.removed && changes[i + 1]?.added ? changes[++i]! : c.added ? c : null;
    const added = nextAdded ? linesOf(nextAdded.value) : [];
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      rows.push({
        left: k < removed.length ? { no: oldNo++, text: removed[k]!, kind: 'del' } : null,
        right: k < added.length ? { no: newNo++, text: added[k]!, kind: 'add' } : null,
      });
    }
  }
  return rows;
}
