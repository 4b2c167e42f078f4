import { describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from './defaultRubric';
import { parseJournal, replayJournal, type JournalEntry } from './journal';
import { fixtureLabel } from './testFixtures';

const a1 = fixtureLabel('ann', 'P1', { identifies_bug: 'no' });
const a1b = { ...a1, values: { identifies_bug: 'yes' }, updatedAt: '2026-02-01T11:00:00.000Z' };
const a2 = fixtureLabel('ann', 'P2', { identifies_bug: 'partly' });
const entries: JournalEntry[] = [
  { op: 'rubric', at: 't0', rubric: NEXT_RUBRIC },
  { op: 'put', at: 't1', label: a1 },
  { op: 'put', at: 't2', label: a2 },
  { op: 'put', at: 't3', label: a1b },
  { op: 'delete', at: 't4', id: a2.id },
];
const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';

describe('label journal', () => {
  it('replays to the latest version of every label, honouring deletes, with the rubrics', () => {
    const { labels, rubrics } = replayJournal(parseJournal(text).entries);
    expect(labels).toEqual([a1b]);
    expect(rubrics).toEqual([NEXT_RUBRIC]);
  });
  it('tolerates a torn last line (a crash mid-write) without losing earlier entries', () => {
    const parsed = parseJournal(text + '{"op":"put","at":"t5","label":{"id":"x');
    expect(parsed.tornTail).toBe(true);
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toHaveLength(5);
  });
  it('reports a corrupt line in the middle with its line number and keeps the rest', () => {
    const lines = text.trim().split('\n');
    lines.splice(2, 0, '{"op":"put","at":"t","label":{}}');
    const parsed = parseJournal(lines.join('\n') + '\n');
    expect(parsed.issues.map((i) => i.line)).toEqual([3]);
    expect(parsed.entries).toHaveLength(5);
  });
});
