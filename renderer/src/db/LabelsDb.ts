import { Dexie, type DexieOptions, type Table } from 'dexie';
import { sampleId } from '../../../shared/annotation/label';
import type { LabelRecord } from '../../../shared/annotation/label';
import { DB_NAME, SCHEMA, type AnnotatorProfile, type LabelRecordV1, type OutboxRow, type SettingRow, type StoredQueue, type StoredRubric } from './schema';

/** The one typed database of human labels (see schema.ts for the version history). */
export class LabelsDb extends Dexie {
  labels!: Table<LabelRecord, string>;
  rubrics!: Table<StoredRubric, [string, number]>;
  settings!: Table<SettingRow, string>;
  annotators!: Table<AnnotatorProfile, string>;
  queues!: Table<StoredQueue, string>;
  outbox!: Table<OutboxRow, number>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA[1]);
    this.version(2)
      .stores(SCHEMA[2])
      .upgrade(async (tx) => {
        // Fill the fields v2 indexes, and give every annotator already seen a profile.
        const names = new Set<string>();
        await tx
          .table<LabelRecordV1 & Partial<LabelRecord>, string>('labels')
          .toCollection()
          .modify((l) => {
            names.add(l.annotator);
            if (!l.sampleId) l.sampleId = sampleId(l.key);
            if (l.stale !== 0 && l.stale !== 1) l.stale = 0;
          });
        const now = new Date().toISOString();
        await tx.table<AnnotatorProfile, string>('annotators').bulkPut([...names].map((name) => ({ name, createdAt: now })));
      });
  }
}

let instance: LabelsDb | null = null;

/** The app's database, opened once; asks the browser to keep it out of storage eviction. */
export function getLabelsDb(): LabelsDb {
  if (!instance) {
    instance = new LabelsDb();
    void requestPersistence();
  }
  return instance;
}

export type PersistState = 'persisted' | 'not-persisted' | 'unsupported';

/**
 * `navigator.storage.persist()` keeps IndexedDB from being evicted under
 * storage pressure. Browsers may refuse; the label journal covers that case.
 */
export async function requestPersistence(): Promise<PersistState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
