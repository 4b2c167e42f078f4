import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from '../../../shared/annotation/defaultRubric';
import type { JournalEntry } from '../../../shared/annotation/journal';
import { makeLabel } from '../../../shared/annotation/label';
import { LabelsDb } from './LabelsDb';
import type { JournalSink } from './labelsRepo';
import { pendingCount, sendOutbox } from './outbox';

const entry = (problem: string, note = ''): JournalEntry => ({
  op: 'put',
  at: 't',
  label: makeLabel(
    { datasetId: 'ds', key: { problem_id: problem, split: 's', iteration: 0, sample_index: 0 }, contentHash: 'h', annotator: 'a', rubricId: NEXT_RUBRIC.id, rubricVersion: 1, values: {}, note },
    new Date(),
  ),
});

/** A backend that refuses entries whose note says "invalid" and records batch sizes. */
function strictSink() {
  const batches: number[] = [];
  const written: string[] = [];
  const sink: JournalSink = {
    async append(_ds, entries) {
      if (entries.some((e) => e.op === 'put' && e.label.note === 'invalid')) throw Object.assign(new Error('Invalid arguments'), { code: 'bad-request', details: ['entries.0.label: bad'] });
      batches.push(entries.length);
      for (const e of entries) if (e.op === 'put') written.push(e.label.key.problem_id);
    },
    async read() {
      return { entries: [], issues: [], tornTail: false };
    },
  };
  return { sink, batches, written };
}

describe('journal outbox', () => {
  it('sends everything valid, in order, and keeps a refused entry aside instead of blocking the rest', async () => {
    const db = new LabelsDb('outbox-1', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.outbox.bulkAdd(['P1', 'P2', 'BAD', 'P3', 'P4'].map((p) => ({ datasetId: 'ds', entry: entry(p, p === 'BAD' ? 'invalid' : ''), queuedAt: 't' })));
    const { sink, written } = strictSink();
    expect(await sendOutbox(db, sink)).toBe(4);
    expect(written).toEqual(['P1', 'P2', 'P3', 'P4']);
    const left = await db.outbox.toArray();
    expect(left).toHaveLength(1);
    expect(left[0]!.rejected).toMatch(/Invalid arguments: entries.0.label: bad/);
    expect(await pendingCount(db)).toBe(0);
  });

  it('splits long notes into batches that fit the HTTP request limit', async () => {
    const db = new LabelsDb('outbox-2', { indexedDB: new IDBFactory(), IDBKeyRange });
    const big = 'x'.repeat(300_000);
    await db.outbox.bulkAdd(Array.from({ length: 20 }, (_, i) => ({ datasetId: 'ds', entry: entry(`P${i}`, big), queuedAt: 't' })));
    const { sink, batches } = strictSink();
    expect(await sendOutbox(db, sink)).toBe(20);
    expect(batches.length).toBeGreaterThan(2);
    expect(Math.max(...batches)).toBeLessThanOrEqual(7);
  });

  it('keeps everything queued when the backend cannot be reached', async () => {
    const db = new LabelsDb('outbox-3', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.outbox.add({ datasetId: 'ds', entry: entry('P1'), queuedAt: 't' });
    const down: JournalSink = { append: async () => Promise.reject(new Error('offline')), read: async () => ({ entries: [], issues: [], tornTail: false }) };
    await expect(sendOutbox(db, down)).rejects.toThrow('offline');
    expect(await pendingCount(db)).toBe(1);
  });
});
