import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replayJournal } from '../../../shared/annotation/journal';
import { fixtureLabel } from '../../../shared/annotation/testFixtures';
import { LabelJournal } from './journal';
import { LabelIndex } from './labelIndex';

const work = mkdtempSync(path.join(tmpdir(), 'tracelens-journal-delete-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The entries the renderer's repository appends for a delete and for its undo.
const a = fixtureLabel('ann', 'P1', { identifies_bug: 'partly' }, { note: 'loop bound', createdAt: '2026-01-05T09:00:00.000Z' });
const b = fixtureLabel('ann', 'P2', { usefulness: '4' });

describe('deleting a label through the journal', () => {
  it('a deleted label is gone after a replay and from the label index; the others stay', async () => {
    const journal = new LabelJournal(work);
    const index = new LabelIndex((id) => journal.read(id));
    await journal.append('del', [{ op: 'put', at: 't1', label: a }, { op: 'put', at: 't2', label: b }]);
    expect((await index.facets('del')).labelled).toBe(2);
    const del = [{ op: 'delete' as const, at: 't3', id: a.id }];
    await journal.append('del', del);
    await index.apply('del', del);
    expect(replayJournal((await journal.read('del')).entries).labels).toEqual([b]);
    expect(await index.facets('del')).toMatchObject({ labelled: 1, annotators: [{ value: 'ann', count: 1 }] });
    // A fresh backend (restart) replays the same state.
    expect((await new LabelIndex((id) => journal.read(id)).facets('del')).labelled).toBe(1);
  });

  it('an undone deletion replays to the exact record and is counted again', async () => {
    const journal = new LabelJournal(work);
    const index = new LabelIndex((id) => journal.read(id));
    await journal.append('undo', [{ op: 'put', at: 't1', label: a }, { op: 'put', at: 't2', label: b }]);
    await index.prepare('undo');
    const entries = [{ op: 'delete' as const, at: 't3', id: a.id }, { op: 'put' as const, at: 't4', label: a }];
    for (const e of entries) {
      await journal.append('undo', [e]);
      await index.apply('undo', [e]);
    }
    const replayed = replayJournal((await journal.read('undo')).entries).labels;
    expect(replayed).toHaveLength(2);
    expect(replayed.find((l) => l.id === a.id)).toEqual(a);
    expect((await index.facets('undo')).labelled).toBe(2);
  });
});
