import type { JournalEntry, ParsedJournal } from '../../../shared/annotation/journal';
import { replayJournal } from '../../../shared/annotation/journal';
import { labelId, makeLabel, sameJudgement, type LabelRecord, type NewLabel } from '../../../shared/annotation/label';
import type { DimensionValue, Rubric } from '../../../shared/annotation/rubric';
import type { ImportConflict, ImportPlan } from '../../../shared/annotation/importPlan';
import type { LabelsDb } from './LabelsDb';
import { pendingCount, sendOutbox } from './outbox';

/** Where journal entries go: the backend's `labels:journal-*` requests (a fake in tests). */
export interface JournalSink {
  append(datasetId: string, entries: JournalEntry[]): Promise<unknown>;
  read(datasetId: string): Promise<ParsedJournal & { exists?: boolean; path?: string }>;
}

export interface FlushResult {
  sent: number;
  pending: number;
  error: string | null;
}

export interface RestoreReport {
  journalEntries: number;
  restored: number;
  alreadyPresent: number;
  /** Local labels newer than or different from the journal's: kept, listed for review. */
  keptLocal: number;
  rubricsRestored: number;
  unreadableLines: number;
  tornTail: boolean;
}

/**
 * Every label write goes through here. The label and its journal entry are
 * written in one IndexedDB transaction (the entry into an outbox), then the
 * outbox is sent to the backend's fsync'd journal; an entry leaves the
 * outbox only once the backend acknowledged it. So a label is never in
 * IndexedDB without being on its way to the journal, even if the backend is
 * briefly unreachable.
 */
export class LabelsRepo {
  private flushing: Promise<FlushResult> | null = null;
  private again = false;
  private rubricsJournalled = new Set<string>();

  constructor(
    readonly db: LabelsDb,
    private readonly sink: JournalSink,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async saveLabel(input: NewLabel): Promise<LabelRecord> {
    const record = await this.db.transaction('rw', this.db.labels, this.db.outbox, async () => {
      const previous = await this.db.labels.get(makeLabel(input, this.now()).id);
      const rec = makeLabel(input, this.now(), previous);
      await this.db.labels.put(rec);
      await this.queue(rec.datasetId, [{ op: 'put', at: rec.updatedAt, label: rec }]);
      return rec;
    });
    void this.flush();
    return record;
  }

  /**
   * Changes some values and/or the note of a label, merging inside the
   * transaction so that rapid key presses never overwrite each other. A label
   * made under another rubric version starts afresh (its old version stays in
   * the journal).
   */
  async patchLabel(base: Omit<NewLabel, 'values' | 'note'>, patch: { values?: Record<string, DimensionValue>; note?: string }): Promise<LabelRecord> {
    const record = await this.db.transaction('rw', this.db.labels, this.db.outbox, this.db.rubrics, async () => {
      await this.journalRubricOnce(base.datasetId, base.rubricId, base.rubricVersion);
      const previous = await this.db.labels.get(labelId(base.datasetId, base.key, base.annotator));
      const sameRubric = previous && previous.rubricId === base.rubricId && previous.rubricVersion === base.rubricVersion;
      const values = { ...(sameRubric ? previous.values : {}), ...patch.values };
      const rec = makeLabel({ ...base, values, note: patch.note ?? previous?.note ?? '' }, this.now(), previous);
      await this.db.labels.put(rec);
      await this.queue(rec.datasetId, [{ op: 'put', at: rec.updatedAt, label: rec }]);
      return rec;
    });
    void this.flush();
    return record;
  }

  /** Deletes one label; returns the record as it was, for an undo. */
  async deleteLabel(id: string): Promise<LabelRecord | undefined> {
    return (await this.deleteLabels([id]))[0];
  }

  /**
   * Deletes labels in one transaction, each with its journal entry, and
   * returns the records exactly as they were (ids already gone are skipped),
   * so that `undoDelete` can put them back unchanged.
   */
  async deleteLabels(ids: readonly string[]): Promise<LabelRecord[]> {
    const removed = await this.db.transaction('rw', this.db.labels, this.db.outbox, async () => {
      const found = (await this.db.labels.bulkGet([...ids])).filter((r): r is LabelRecord => !!r);
      const at = this.now().toISOString();
      for (const rec of found) {
        await this.db.labels.delete(rec.id);
        await this.queue(rec.datasetId, [{ op: 'delete', at, id: rec.id }]);
      }
      return found;
    });
    if (removed.length) void this.flush();
    return removed;
  }

  /**
   * Puts deleted labels back exactly as they were (values, note, rubric
   * version, created and updated times) and journals each as a put, so a
   * replay ends with the label present. A label made again for the same
   * sample since the deletion is newer work: it is kept, and the deleted
   * record is returned in `kept` instead of overwriting it.
   */
  async undoDelete(records: readonly LabelRecord[]): Promise<{ restored: LabelRecord[]; kept: LabelRecord[] }> {
    const out = await this.db.transaction('rw', this.db.labels, this.db.outbox, async () => {
      const restored: LabelRecord[] = [];
      const kept: LabelRecord[] = [];
      const at = this.now().toISOString();
      for (const rec of records) {
        if (await this.db.labels.get(rec.id)) {
          kept.push(rec);
          continue;
        }
        await this.db.labels.add(rec);
        await this.queue(rec.datasetId, [{ op: 'put', at, label: rec }]);
        restored.push(rec);
      }
      return { restored, kept };
    });
    if (out.restored.length) void this.flush();
    return out;
  }

  /** Saves a rubric version; `datasetId` names the journal that records it. */
  async saveRubric(rubric: Rubric, datasetId: string | null): Promise<void> {
    await this.db.transaction('rw', this.db.rubrics, this.db.outbox, async () => {
      await this.db.rubrics.put({ ...rubric, savedAt: this.now().toISOString() });
      if (datasetId) await this.queue(datasetId, [{ op: 'rubric', at: this.now().toISOString(), rubric }]);
    });
    void this.flush();
  }

  /** Records whether each label of a sample still matches the sample's current content (not journalled: it is derived). */
  async markStale(datasetId: string, sampleId: string, currentHash: string): Promise<number> {
    let changed = 0;
    await this.db.labels
      .where('[datasetId+sampleId]')
      .equals([datasetId, sampleId])
      .modify((l) => {
        const stale = l.contentHash === currentHash ? 0 : 1;
        if (l.stale !== stale) {
          l.stale = stale;
          changed++;
        }
      });
    return changed;
  }

  /**
   * The first label of a session under a rubric version also journals that
   * rubric, so a restore from the journal alone can show what the values mean.
   */
  private async journalRubricOnce(datasetId: string, id: string, version: number): Promise<void> {
    const key = JSON.stringify([datasetId, id, version]);
    if (this.rubricsJournalled.has(key)) return;
    const stored = await this.db.rubrics.get([id, version]);
    if (!stored) return;
    const { savedAt: _savedAt, ...rubric } = stored;
    await this.queue(datasetId, [{ op: 'rubric', at: this.now().toISOString(), rubric }]);
    this.rubricsJournalled.add(key);
  }

  private async queue(datasetId: string, entries: JournalEntry[]): Promise<void> {
    const queuedAt = this.now().toISOString();
    await this.db.outbox.bulkAdd(entries.map((entry) => ({ datasetId, entry, queuedAt })));
  }

  /** Sends queued journal entries, oldest first; safe to call often (calls coalesce). */
  flush(): Promise<FlushResult> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      let sent = 0;
      try {
        do {
          this.again = false;
          const n = await sendOutbox(this.db, this.sink);
          sent += n;
          if (n > 0) this.again = true;
        } while (this.again);
        return { sent, pending: 0, error: null };
      } catch (err) {
        return { sent, pending: await pendingCount(this.db), error: err instanceof Error ? err.message : String(err) };
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  /**
   * Replays the dataset's journal (or another dataset's, e.g. the same files
   * opened from a moved folder) into the database: labels missing here are
   * restored; a label that exists here and differs is kept as it is (the
   * report says how many), so a restore never overwrites anything.
   */
  async restore(datasetId: string, fromDatasetId: string = datasetId): Promise<RestoreReport> {
    await this.flush();
    const journal = await this.sink.read(fromDatasetId);
    const replayed = replayJournal(journal.entries);
    const moved = fromDatasetId !== datasetId;
    // A journal of the same data under another path (a moved folder) is matched by sample key.
    const labels = moved ? replayed.labels.map((l) => ({ ...l, datasetId, id: labelId(datasetId, l.key, l.annotator) })) : replayed.labels;
    const report: RestoreReport = {
      journalEntries: journal.entries.length,
      restored: 0,
      alreadyPresent: 0,
      keptLocal: 0,
      rubricsRestored: 0,
      unreadableLines: journal.issues.length,
      tornTail: journal.tornTail,
    };
    await this.db.transaction('rw', this.db.labels, this.db.rubrics, this.db.outbox, async () => {
      for (const r of replayed.rubrics) {
        if (!(await this.db.rubrics.get([r.id, r.version]))) {
          await this.db.rubrics.add({ ...r, savedAt: this.now().toISOString() });
          report.rubricsRestored++;
        }
      }
      const existing = new Map((await this.db.labels.where('datasetId').equals(datasetId).toArray()).map((l) => [l.id, l]));
      const add: LabelRecord[] = [];
      for (const l of labels) {
        const local = existing.get(l.id);
        if (!local) add.push(l);
        else if (sameJudgement(local, l)) report.alreadyPresent++;
        else report.keptLocal++;
      }
      await this.db.labels.bulkAdd(add);
      // Labels brought over from another journal are journalled under this dataset too.
      if (moved && add.length) await this.queue(datasetId, add.map((label) => ({ op: 'put' as const, at: this.now().toISOString(), label })));
      report.restored = add.length;
    });
    if (moved) void this.flush();
    return report;
  }

  /**
   * Adds an import's new labels in one transaction: if any of them appeared
   * meanwhile (bulkAdd refuses an existing key), the whole import is rolled
   * back and nothing stored changes.
   */
  async applyImport(plan: ImportPlan): Promise<number> {
    if (plan.fatal || plan.add.length === 0) return 0;
    await this.db.transaction('rw', this.db.labels, this.db.outbox, async () => {
      await this.db.labels.bulkAdd(plan.add);
      await this.queue(plan.add[0]!.datasetId, plan.add.map((label) => ({ op: 'put' as const, at: this.now().toISOString(), label })));
    });
    void this.flush();
    return plan.add.length;
  }

  /** The user's explicit choice for one import conflict. */
  async resolveConflict(conflict: ImportConflict, choice: 'keep-local' | 'take-incoming'): Promise<void> {
    if (choice === 'keep-local') return;
    await this.db.transaction('rw', this.db.labels, this.db.outbox, async () => {
      const current = await this.db.labels.get(conflict.local.id);
      if (current && current.updatedAt !== conflict.local.updatedAt) {
        throw new Error('This label changed since the import was read; read the file again to see the current conflict.');
      }
      const rec: LabelRecord = { ...conflict.incoming, createdAt: conflict.local.createdAt };
      await this.db.labels.put(rec);
      await this.queue(rec.datasetId, [{ op: 'put', at: this.now().toISOString(), label: rec }]);
    });
    void this.flush();
  }
}
