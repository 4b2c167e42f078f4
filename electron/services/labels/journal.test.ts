import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from '../../../shared/annotation/defaultRubric';
import { replayJournal } from '../../../shared/annotation/journal';
import { fixtureLabel } from '../../../shared/annotation/testFixtures';
import { LabelJournal } from './journal';
import { journalFileName } from './journalPath';

const work = mkdtempSync(path.join(tmpdir(), 'tracelens-journal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('LabelJournal', () => {
  it('appends entries to <userData>/labels-journal/<dataset>.jsonl and reads them back in order', async () => {
    const j = new LabelJournal(work);
    const a = fixtureLabel('ann', 'P1', { identifies_bug: 'yes' });
    await j.append('ds1', [{ op: 'rubric', at: 't0', rubric: NEXT_RUBRIC }]);
    const res = await j.append('ds1', [{ op: 'put', at: 't1', label: a }]);
    expect(res.appended).toBe(1);
    expect(j.pathFor('ds1')).toBe(path.join(work, 'labels-journal', 'ds1.jsonl'));
    const read = await j.read('ds1');
    expect(read.entries.map((e) => e.op)).toEqual(['rubric', 'put']);
    expect(await j.list()).toEqual([expect.objectContaining({ datasetId: 'ds1', bytes: res.bytes })]);
  });
  it('keeps concurrent appends on separate, whole lines', async () => {
    const j = new LabelJournal(work);
    await Promise.all(Array.from({ length: 50 }, (_, i) => j.append('many', [{ op: 'put', at: `t${i}`, label: fixtureLabel('ann', `P${i}`, {}) }])));
    const read = await j.read('many');
    expect(read.issues).toEqual([]);
    expect(replayJournal(read.entries).labels).toHaveLength(50);
  });
  it('recovers from a torn last line: the next append starts a new line and nothing earlier is lost', async () => {
    const j = new LabelJournal(work);
    await j.append('torn', [{ op: 'put', at: 't1', label: fixtureLabel('ann', 'P1', {}) }]);
    appendFileSync(j.pathFor('torn'), '{"op":"put","at":"t2","lab');
    expect((await j.read('torn')).tornTail).toBe(true);
    await j.append('torn', [{ op: 'put', at: 't3', label: fixtureLabel('ann', 'P3', {}) }]);
    const read = await j.read('torn');
    expect(read.entries.map((e) => e.at)).toEqual(['t1', 't3']);
    expect(read.issues).toEqual([{ line: 2, reason: 'not valid JSON' }]);
    expect(readFileSync(j.pathFor('torn'), 'utf8').endsWith('\n')).toBe(true);
  });
  it('answers an empty journal for a dataset that has none', async () => {
    expect(await new LabelJournal(work).read('nothing')).toMatchObject({ exists: false, entries: [] });
  });
  it('gives distinct safe file names to ids with unsafe characters', () => {
    expect(journalFileName('/home/a/run.jsonl')).toMatch(/^_home_a_run.jsonl-[0-9a-f]{8}\.jsonl$/);
    expect(journalFileName('a/b')).not.toBe(journalFileName('a:b'));
    expect(journalFileName('..')).not.toContain('/');
  });
});
