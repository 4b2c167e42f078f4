import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeLabel, labelId } from '../../shared/annotation/label';
import type { JournalEntry } from '../../shared/annotation/journal';
import { dispatch } from '../../shared/contract/dispatch';
import type { SampleKey } from '../../shared/dataset/types';
import { createBackend } from '../backend/createBackend';
import { datasetIdFor } from '../services/dataset/prepareDataset';
import { journalPath } from '../services/labels/journalPath';
import { sampleLine, tempDataset } from '../services/dataset/testUtil';

// Six samples: p0..p2 × sample 0..1, split dev, iteration 1.
const lines: string[] = [];
for (let p = 0; p < 3; p++) for (let s = 0; s < 2; s++) lines.push(sampleLine({ problem_id: `p${p}`, split: 'dev', iteration: 1, sample_index: s }));
const dir = tempDataset({ 'dev.jsonl': lines.join('\n') });
const file = path.join(dir, 'dev.jsonl');
const userDataDir = mkdtempSync(path.join(tmpdir(), 'tl-user-'));

const key = (p: number, s: number): SampleKey => ({ problem_id: `p${p}`, split: 'dev', iteration: 1, sample_index: s });
const put = (datasetId: string, annotator: string, k: SampleKey): JournalEntry => ({
  op: 'put',
  at: '2026-02-01T10:00:00Z',
  label: makeLabel({ datasetId, key: k, contentHash: 'h', annotator, rubricId: 'next', rubricVersion: 1, values: { bug: 'yes' }, note: '' }, new Date('2026-02-01T10:00:00Z')),
});

const backend = createBackend({ host: 'serve', initialDataset: null, roots: [], userDataDir, resourcesDir: dir, versions: {} });
afterAll(() => backend.services.dispose());
const call = <T>(name: string, args: unknown) =>
  dispatch(backend.handlers, name, args, { transport: 'http' }).then((env) => {
    if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
    return env.value as T;
  });
const ids = async (datasetId: string, query: string) => {
  const page = await call<{ rows: Array<{ problem_id: string; sample_index: number }>; queryError?: string }>('dataset:query', { datasetId, query });
  expect(page.queryError).toBeUndefined();
  return page.rows.map((r) => `${r.problem_id}#${r.sample_index}`);
};

describe('label: filters', () => {
  it('reads labels written before the dataset was opened from the journal, then follows appends and deletes', async () => {
    // A journal left by an earlier session: ann labelled p0#0 and p1#1, bob p1#1, and a label later deleted.
    const id = datasetIdFor(path.resolve(file));
    const journal = journalPath(userDataDir, id);
    mkdirSync(path.dirname(journal), { recursive: true });
    const earlier = [put(id, 'ann', key(0, 0)), put(id, 'ann', key(1, 1)), put(id, 'bob', key(1, 1)), put(id, 'bob', key(2, 0)), { op: 'delete', at: 'x', id: labelId(id, key(2, 0), 'bob') }];
    writeFileSync(journal, earlier.map((e) => JSON.stringify(e)).join('\n') + '\n');

    const events: Array<{ name: string; payload: unknown }> = [];
    backend.hub.subscribe((name, payload) => events.push({ name, payload }));
    const opened = await call<{ id: string }>('dataset:open', { path: file });
    expect(opened.id).toBe(id);
    await backend.services.datasets.openAndWait(file);

    expect(await ids(id, 'label:labelled')).toEqual(['p0#0', 'p1#1']);
    expect(await ids(id, 'label:unlabelled')).toEqual(['p0#1', 'p1#0', 'p2#0', 'p2#1']);
    expect(await ids(id, 'label:bob')).toEqual(['p1#1']);
    expect(await ids(id, 'label:ann -label:bob')).toEqual(['p0#0']);
    expect(await ids(id, 'label:bob,unlabelled problem:p1')).toEqual(['p1#0', 'p1#1']);

    // A new label through the journal: the next query sees it (cached label results are recomputed).
    await call('labels:journal-append', { datasetId: id, entries: [put(id, 'cy', key(2, 1))] });
    expect(await ids(id, 'label:labelled')).toEqual(['p0#0', 'p1#1', 'p2#1']);
    expect(await ids(id, 'label:cy')).toEqual(['p2#1']);

    await call('labels:journal-append', { datasetId: id, entries: [{ op: 'delete', at: 'y', id: labelId(id, key(0, 0), 'ann') }] });
    expect(await ids(id, 'label:labelled')).toEqual(['p1#1', 'p2#1']);
    expect(await ids(id, 'label:ann')).toEqual(['p1#1']);

    // The UI hears of each change (and of the replay at open) with counts for its completions.
    await new Promise((r) => setTimeout(r, 20));
    const changes = events.filter((e) => e.name === 'dataset:labels-changed').map((e) => e.payload as { labelled: number; annotators: Array<{ value: string; count: number }> });
    expect(changes.length).toBeGreaterThanOrEqual(3);
    expect(changes[changes.length - 1]).toMatchObject({ datasetId: id, labelled: 2, annotators: [{ value: 'ann', count: 1 }, { value: 'bob', count: 1 }, { value: 'cy', count: 1 }] });
  });

  it('sees no labels for a dataset with no journal', async () => {
    const other = tempDataset({ 'x.jsonl': sampleLine({ problem_id: 'q', sample_index: 0 }) });
    const opened = await call<{ id: string }>('dataset:open', { path: path.join(other, 'x.jsonl') });
    await backend.services.datasets.openAndWait(path.join(other, 'x.jsonl'));
    expect(await ids(opened.id, 'label:labelled')).toEqual([]);
    expect(await ids(opened.id, 'label:unlabelled')).toEqual(['q#0']);
  });
});
