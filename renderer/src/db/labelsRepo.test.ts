import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from '../../../shared/annotation/defaultRubric';
import { exportJsonl } from '../../../shared/annotation/exportFormat';
import { parseLabelExport } from '../../../shared/annotation/importParse';
import { planImport } from '../../../shared/annotation/importPlan';
import { parseJournal, type JournalEntry } from '../../../shared/annotation/journal';
import type { NewLabel } from '../../../shared/annotation/label';
import { LabelsDb } from './LabelsDb';
import { LabelsRepo, type JournalSink } from './labelsRepo';

/** An in-memory stand-in for the backend journal; `down` simulates an unreachable backend. */
function memorySink() {
  const files = new Map<string, string>();
  const sink: JournalSink & { down: boolean; files: Map<string, string> } = {
    down: false,
    files,
    async append(datasetId, entries) {
      if (sink.down) throw new Error('backend unreachable');
      files.set(datasetId, (files.get(datasetId) ?? '') + entries.map((e: JournalEntry) => JSON.stringify(e) + '\n').join(''));
    },
    async read(datasetId) {
      return parseJournal(files.get(datasetId) ?? '');
    },
  };
  return sink;
}

let n = 0;
function setup() {
  const db = new LabelsDb(`repo-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const sink = memorySink();
  let t = Date.parse('2026-05-01T00:00:00Z');
  return { db, sink, repo: new LabelsRepo(db, sink, () => new Date((t += 1000))) };
}

const input = (problem: string, values: Record<string, string | null>, annotator = 'ann'): NewLabel => ({
  datasetId: 'ds',
  key: { problem_id: problem, split: 'test', iteration: 1, sample_index: 0 },
  contentHash: `h-${problem}`,
  annotator,
  rubricId: NEXT_RUBRIC.id,
  rubricVersion: 1,
  values,
  note: '',
});

describe('LabelsRepo', () => {
  it('journals every save and restores all labels into an emptied database', async () => {
    const { db, sink, repo } = setup();
    await repo.saveRubric(NEXT_RUBRIC, 'ds');
    await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    await repo.saveLabel(input('P1', { identifies_bug: 'yes' }));
    await repo.saveLabel(input('P2', { usefulness: '4' }));
    await repo.flush();
    expect(await db.outbox.count()).toBe(0);

    // Browser storage cleared: a new, empty database.
    const fresh = new LabelsDb('cleared', { indexedDB: new IDBFactory(), IDBKeyRange });
    const report = await new LabelsRepo(fresh, sink).restore('ds');
    expect(report).toMatchObject({ restored: 2, rubricsRestored: 1, keptLocal: 0 });
    const restored = await fresh.labels.toArray();
    expect(restored.find((l) => l.key.problem_id === 'P1')!.values).toEqual({ identifies_bug: 'yes' });
    expect(restored).toEqual(await db.labels.toArray());
  });

  it('restores from the journal of the same data opened under another path, re-keyed to this dataset', async () => {
    const { db, sink, repo } = setup();
    await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    await repo.flush();
    await db.labels.clear();
    const report = await repo.restore('moved-ds', 'ds');
    expect(report.restored).toBe(1);
    const [l] = await db.labels.toArray();
    expect(l).toMatchObject({ datasetId: 'moved-ds', annotator: 'ann', values: { identifies_bug: 'no' } });
    await repo.flush();
    expect(parseJournal(sink.files.get('moved-ds')!).entries).toHaveLength(1);
  });

  it('keeps unacknowledged entries in the outbox while the backend is down and sends them later', async () => {
    const { db, sink, repo } = setup();
    sink.down = true;
    await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    const failed = await repo.flush();
    expect(failed.error).toMatch(/unreachable/);
    expect(failed.pending).toBe(1);
    expect(await db.labels.count()).toBe(1);
    sink.down = false;
    expect((await repo.flush()).pending).toBe(0);
    expect(parseJournal(sink.files.get('ds')!).entries).toHaveLength(1);
  });

  it('keeps createdAt across edits and journals deletes', async () => {
    const { repo, sink } = setup();
    const a = await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    const b = await repo.saveLabel(input('P1', { identifies_bug: 'yes' }));
    expect(b.createdAt).toBe(a.createdAt);
    expect(b.updatedAt > a.updatedAt).toBe(true);
    await repo.deleteLabel(b.id);
    await repo.flush();
    expect(parseJournal(sink.files.get('ds')!).entries.map((e) => e.op)).toEqual(['put', 'put', 'delete']);
  });

  it('a deleted label stays deleted after a restore from the journal; the other labels come back', async () => {
    const { sink, repo } = setup();
    const p1 = await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    const p2 = await repo.saveLabel(input('P2', { usefulness: '4' }));
    const gone = await repo.deleteLabel(p1.id);
    expect(gone).toEqual(p1);
    await repo.flush();
    const fresh = new LabelsDb('after-delete', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await new LabelsRepo(fresh, sink).restore('ds')).toMatchObject({ restored: 1 });
    expect(await fresh.labels.toArray()).toEqual([p2]);
  });

  it('undo puts back exactly the deleted record, and a restore from the journal brings it back too', async () => {
    const { db, sink, repo } = setup();
    const { values: _v, note: _n, ...base } = input('P1', {});
    await repo.patchLabel(base, { values: { identifies_bug: 'partly' } });
    const p1 = await repo.patchLabel(base, { note: 'off by one in the loop' });
    const p2 = await repo.saveLabel(input('P2', { usefulness: '4' }));
    const deleted = await repo.deleteLabels([p1.id, 'no-such-label']);
    expect(deleted).toEqual([p1]);
    expect(await db.labels.toArray()).toEqual([p2]);
    expect(await repo.undoDelete(deleted)).toEqual({ restored: [p1], kept: [] });
    expect(await db.labels.get(p1.id)).toEqual(p1);
    await repo.flush();
    expect(parseJournal(sink.files.get('ds')!).entries.map((e) => e.op)).toEqual(['put', 'put', 'put', 'delete', 'put']);
    const fresh = new LabelsDb('after-undo', { indexedDB: new IDBFactory(), IDBKeyRange });
    await new LabelsRepo(fresh, sink).restore('ds');
    expect(await fresh.labels.get(p1.id)).toEqual(p1);
    expect(await fresh.labels.get(p2.id)).toEqual(p2);
  });

  it('undo never overwrites a label made for the same sample after the deletion', async () => {
    const { db, repo } = setup();
    const old = await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    const deleted = await repo.deleteLabels([old.id]);
    const redone = await repo.saveLabel(input('P1', { identifies_bug: 'yes' }));
    expect(await repo.undoDelete(deleted)).toEqual({ restored: [], kept: [old] });
    expect(await db.labels.get(old.id)).toEqual(redone);
  });

  it('restore never overwrites a local label that differs from the journal', async () => {
    const { db, repo } = setup();
    const rec = await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    await repo.flush();
    await db.labels.put({ ...rec, values: { identifies_bug: 'partly' } });
    const report = await repo.restore('ds');
    expect(report).toMatchObject({ restored: 0, keptLocal: 1 });
    expect((await db.labels.get(rec.id))!.values.identifies_bug).toBe('partly');
  });

  it('merges rapid patches without losing values, and starts afresh under a new rubric version', async () => {
    const { repo } = setup();
    const { values: _v, note: _n, ...base } = input('P1', {});
    await Promise.all([repo.patchLabel(base, { values: { identifies_bug: 'yes' } }), repo.patchLabel(base, { values: { usefulness: '2' } }), repo.patchLabel(base, { note: 'hm' })]);
    const merged = await repo.patchLabel(base, { values: { explains_fix: '3' } });
    expect(merged.values).toEqual({ identifies_bug: 'yes', usefulness: '2', explains_fix: '3' });
    expect(merged.note).toBe('hm');
    const v2 = await repo.patchLabel({ ...base, rubricVersion: 2 }, { values: { identifies_bug: 'no' } });
    expect(v2.values).toEqual({ identifies_bug: 'no' });
  });

  it('journals the rubric a label uses, once per session, so a restore can show it', async () => {
    const { db, sink, repo } = setup();
    const custom = { ...NEXT_RUBRIC, id: 'custom', version: 3 };
    await db.rubrics.put({ ...custom, savedAt: 'x' });
    const { values: _v, note: _n, ...base } = input('P1', {});
    await repo.patchLabel({ ...base, rubricId: 'custom', rubricVersion: 3 }, { values: { identifies_bug: 'yes' } });
    await repo.patchLabel({ ...base, rubricId: 'custom', rubricVersion: 3 }, { values: { usefulness: '1' } });
    await repo.flush();
    const entries = parseJournal(sink.files.get('ds')!).entries;
    expect(entries.map((e) => e.op)).toEqual(['rubric', 'put', 'put']);
    const fresh = new LabelsDb('restored-rubric', { indexedDB: new IDBFactory(), IDBKeyRange });
    await new LabelsRepo(fresh, sink).restore('ds');
    expect(await fresh.rubrics.get(['custom', 3])).toMatchObject({ id: 'custom', version: 3 });
  });

  it('flags labels stale when the sample content changed', async () => {
    const { db, repo } = setup();
    const rec = await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    expect(await repo.markStale('ds', rec.sampleId, 'h-P1')).toBe(0);
    expect(await repo.markStale('ds', rec.sampleId, 'regenerated')).toBe(1);
    expect((await db.labels.get(rec.id))!.stale).toBe(1);
  });

  it('imports new labels atomically and applies a conflict only on explicit choice', async () => {
    const { db, repo } = setup();
    const mine = await repo.saveLabel(input('P1', { identifies_bug: 'no' }));
    const theirs = [
      { ...mine, values: { identifies_bug: 'yes' } },
      { ...mine, id: 'x', annotator: 'bob', key: { ...mine.key, problem_id: 'P2' }, sampleId: JSON.stringify(['P2', 'test', 1, 0]) },
    ];
    const file = exportJsonl({ datasetId: 'ds', labels: theirs, rubrics: [NEXT_RUBRIC], now: new Date() });
    const existing = new Map((await db.labels.toArray()).map((l) => [l.id, l]));
    const plan = planImport(parseLabelExport(file), { datasetId: 'ds', existing, rubrics: [NEXT_RUBRIC], isKnownSample: () => true });
    expect(await repo.applyImport(plan)).toBe(1);
    expect((await db.labels.get(mine.id))!.values.identifies_bug).toBe('no');
    await repo.resolveConflict(plan.conflicts[0]!, 'take-incoming');
    expect((await db.labels.get(mine.id))!.values.identifies_bug).toBe('yes');
    // Applying the same plan again fails as a whole: nothing is changed.
    await expect(repo.applyImport(plan)).rejects.toThrow();
    expect(await db.labels.count()).toBe(2);
  });
});
