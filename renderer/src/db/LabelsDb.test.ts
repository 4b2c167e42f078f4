import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from '../../../shared/annotation/defaultRubric';
import { sampleId } from '../../../shared/annotation/label';
import { LabelsDb } from './LabelsDb';
import { SCHEMA, type LabelRecordV1 } from './schema';

const v1Label = (annotator: string, problem: string, values: Record<string, string | null>): LabelRecordV1 => ({
  id: JSON.stringify(['ds', annotator, problem, 'test', 0, 0]),
  datasetId: 'ds',
  key: { problem_id: problem, split: 'test', iteration: 0, sample_index: 0 },
  contentHash: `h-${problem}`,
  annotator,
  rubricId: NEXT_RUBRIC.id,
  rubricVersion: 1,
  values,
  note: `note on ${problem}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
});

describe('LabelsDb migrations', () => {
  it('v1 → v2 keeps every label, rubric and setting, fills sampleId/stale and creates annotator profiles', async () => {
    const indexedDB = new IDBFactory();
    const opts = { indexedDB, IDBKeyRange };
    // A database as version 1 of the app wrote it.
    const old = new Dexie('labels-migration', opts);
    old.version(1).stores(SCHEMA[1]);
    const v1 = [v1Label('ann', 'P1', { identifies_bug: 'yes' }), v1Label('bob', 'P1', { identifies_bug: 'no' }), v1Label('ann', 'P2', { usefulness: '3' })];
    await old.table('labels').bulkAdd(v1);
    await old.table('rubrics').add({ ...NEXT_RUBRIC, savedAt: 'x' });
    await old.table('settings').add({ key: 'annotator', value: 'ann' });
    old.close();

    const db = new LabelsDb('labels-migration', opts);
    await db.open();
    expect(db.verno).toBe(2);
    const labels = await db.labels.orderBy('id').toArray();
    expect(labels).toHaveLength(3);
    for (const before of v1) {
      const after = labels.find((l) => l.id === before.id)!;
      expect(after).toEqual({ ...before, sampleId: sampleId(before.key), stale: 0 });
    }
    expect((await db.annotators.toArray()).map((a) => a.name).sort()).toEqual(['ann', 'bob']);
    expect(await db.rubrics.get([NEXT_RUBRIC.id, 1])).toMatchObject({ name: NEXT_RUBRIC.name });
    expect(await db.settings.get('annotator')).toEqual({ key: 'annotator', value: 'ann' });
    // The new indexes answer queries over migrated rows.
    expect(await db.labels.where('[datasetId+sampleId]').equals(['ds', sampleId(v1[0]!.key)]).count()).toBe(2);
    expect(await db.labels.where('[datasetId+stale]').equals(['ds', 0]).count()).toBe(3);
    db.close();
  });

  it('opens a fresh database directly at v2', async () => {
    const db = new LabelsDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotators', 'labels', 'outbox', 'queues', 'rubrics', 'settings']);
    db.close();
  });
});
