import type { JournalEntry } from '../../../shared/annotation/journal';
import type { LabelsDb } from './LabelsDb';
import type { JournalSink } from './labelsRepo';
import type { OutboxRow } from './schema';

/** Under the HTTP host's 8 MB request limit with room to spare, however long the notes. */
const MAX_BATCH_BYTES = 2 * 1024 * 1024;
const MAX_BATCH_ROWS = 500;

const isBadRequest = (err: unknown) => (err as { code?: unknown } | null)?.code === 'bad-request';

/** Entries still to send (refused ones are kept apart and do not count). */
export async function pendingCount(db: LabelsDb): Promise<number> {
  return db.outbox.filter((r) => !r.rejected).count();
}

/**
 * Sends one round of the outbox, oldest first, in batches of one dataset
 * and bounded size; each batch leaves the outbox only once the backend has
 * acknowledged it. An entry the backend refuses as invalid is marked
 * `rejected` (kept for the user to see, never deleted) so that it cannot
 * hold back the entries after it. Returns how many entries were sent;
 * throws when the backend cannot be reached (everything stays queued).
 */
export async function sendOutbox(db: LabelsDb, sink: JournalSink): Promise<number> {
  const rows = (await db.outbox.orderBy('seq').filter((r) => !r.rejected).limit(MAX_BATCH_ROWS).toArray());
  let sent = 0;
  let i = 0;
  while (i < rows.length) {
    const ds = rows[i]!.datasetId;
    let bytes = 0;
    let j = i;
    while (j < rows.length && rows[j]!.datasetId === ds && (j === i || bytes + size(rows[j]!.entry) <= MAX_BATCH_BYTES)) bytes += size(rows[j++]!.entry);
    sent += await sendBatch(db, sink, ds, rows.slice(i, j));
    i = j;
  }
  return sent;
}

async function sendBatch(db: LabelsDb, sink: JournalSink, datasetId: string, batch: OutboxRow[]): Promise<number> {
  try {
    await sink.append(datasetId, batch.map((r) => r.entry));
  } catch (err) {
    if (!isBadRequest(err)) throw err;
    if (batch.length === 1) {
      const reason = err instanceof Error ? err.message : String(err);
      const details = (err as { details?: string[] }).details;
      await db.outbox.update(batch[0]!.seq!, { rejected: details?.length ? `${reason}: ${details.slice(0, 3).join('; ')}` : reason });
      return 0;
    }
    // Find the invalid entry (or entries) without holding back the valid ones.
    const half = Math.ceil(batch.length / 2);
    return (await sendBatch(db, sink, datasetId, batch.slice(0, half))) + (await sendBatch(db, sink, datasetId, batch.slice(half)));
  }
  await db.outbox.bulkDelete(batch.map((r) => r.seq!));
  return batch.length;
}

function size(entry: JournalEntry): number {
  return JSON.stringify(entry).length;
}
