// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NEXT_RUBRIC } from '../../../../shared/annotation/defaultRubric';
import { exportJsonl } from '../../../../shared/annotation/exportFormat';
import { makeLabel, type LabelRecord } from '../../../../shared/annotation/label';
import type { SampleRow } from '../../../../shared/contract';
import { getLabelsDb, getLabelsRepo } from '../../db';
import { createFakeApi, type FakeApi } from '../dataset/testing/fakeApi';
import { createFakeJournal } from './testing/fakeJournal';
import { useViewStore } from '../state/viewStore';
import { useAnnotationStore } from './annotationStore';

const fakeJournal = createFakeJournal();
const journal = fakeJournal.texts;
const PROBLEMS = ['P1', 'P2', 'P3', 'P4'];
const rows: SampleRow[] = PROBLEMS.map((p, i) => ({
  index: i, problem_id: p, split: 'test', iteration: 1, sample_index: 0, model: 'm', passed: true, rationaleChars: 10, grounding: null,
}));
const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
h.api = createFakeApi({
  ...fakeJournal.handlers,
  'dataset:query': ({ query = '', offset = 0 }) => {
    const m = /problem:"([^"]+)"/.exec(query);
    const hit = rows.filter((r) => !m || r.problem_id === m[1]);
    return { total: hit.length, offset, rows: hit.slice(offset), indexing: false };
  },
});

const { LabelsView } = await import('./LabelsView');

function label(annotator: string, problem: string, values: Record<string, string>): LabelRecord {
  return makeLabel(
    { datasetId: 'ds', key: { problem_id: problem, split: 'test', iteration: 1, sample_index: 0 }, contentHash: `h-${problem}`, annotator, rubricId: NEXT_RUBRIC.id, rubricVersion: 1, values, note: '' },
    new Date('2026-04-01T00:00:00Z'),
  );
}

function pickFile(name: string, text: string) {
  const input = screen.getByTestId('import-labels');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

beforeAll(async () => {
  await useAnnotationStore.getState().hydrate();
  await useAnnotationStore.getState().setAnnotator('ann');
  useViewStore.getState().set({ datasetId: 'ds' });
});
beforeEach(async () => {
  await getLabelsDb().labels.clear();
  journal.clear();
});
afterEach(cleanup);

describe('LabelsView', () => {
  it('shows agreement per dimension with item counts once two annotators labelled the same samples', async () => {
    await getLabelsDb().labels.bulkPut([
      label('ann', 'P1', { identifies_bug: 'yes' }), label('bob', 'P1', { identifies_bug: 'yes' }),
      label('ann', 'P2', { identifies_bug: 'no' }), label('bob', 'P2', { identifies_bug: 'no' }),
      label('ann', 'P3', { identifies_bug: 'partly' }), label('bob', 'P3', { identifies_bug: 'no' }),
    ]);
    render(<LabelsView />);
    const row = await screen.findByTestId('agreement-row-identifies_bug');
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[1]).toBe('3');
    expect(cells[2]).toMatch(/^0\.500 \(ann \/ bob, 3\)/);
    expect(screen.getByTestId('labels-view').textContent).toContain('Labels (6');
    fireEvent.click(screen.getByTestId('agreement-ci'));
    await waitFor(() => expect(screen.getByTestId('agreement-row-identifies_bug').textContent).toMatch(/\[-?\d\.\d{3}, \d\.\d{3}\]/));
  });

  it('imports a good export after confirmation and reports refused rows precisely', async () => {
    const bobs = [label('bob', 'P1', { identifies_bug: 'yes' }), label('bob', 'P9', { identifies_bug: 'no' })];
    render(<LabelsView />);
    pickFile('bob.jsonl', exportJsonl({ datasetId: 'elsewhere', labels: bobs, rubrics: [NEXT_RUBRIC], now: new Date() }));
    expect((await screen.findByTestId('import-summary')).textContent).toMatch(/2 rows in the file: 1 new, 0 already present, 0 in conflict .*, 1 refused\. Nothing is stored until you confirm/);
    expect(screen.getByTestId('import-rejected').textContent).toMatch(/bob\.jsonl:3: P9 · test · iter 1 · #0 · bob: unknown sample/);
    expect(await getLabelsDb().labels.count()).toBe(0);
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect(await getLabelsDb().labels.count()).toBe(1));
    expect((await getLabelsDb().labels.toArray())[0]).toMatchObject({ annotator: 'bob', datasetId: 'ds', indexHint: 0 });
  });

  it('refuses a half-written file as a whole and changes nothing', async () => {
    await getLabelsDb().labels.put(label('ann', 'P1', { identifies_bug: 'yes' }));
    const before = await getLabelsDb().labels.toArray();
    render(<LabelsView />);
    const text = exportJsonl({ datasetId: 'ds', labels: [label('bob', 'P2', { identifies_bug: 'no' })], rubrics: [NEXT_RUBRIC], now: new Date() });
    pickFile('cut.jsonl', text.slice(0, text.length - 20));
    expect((await screen.findByTestId('import-summary')).textContent).toMatch(/Nothing was imported\. cut\.jsonl: .*half-written/);
    expect(screen.queryByTestId('import-apply')).toBeNull();
    expect(await getLabelsDb().labels.toArray()).toEqual(before);
  });

  it('shows a conflict and applies the file version only when chosen', async () => {
    const mine = label('ann', 'P1', { identifies_bug: 'no' });
    await getLabelsDb().labels.put(mine);
    render(<LabelsView />);
    pickFile('ann-laptop.jsonl', exportJsonl({ datasetId: 'ds', labels: [{ ...mine, values: { identifies_bug: 'yes' } }], rubrics: [NEXT_RUBRIC], now: new Date() }));
    expect(await screen.findByTestId('import-conflict')).toBeTruthy();
    expect((await getLabelsDb().labels.get(mine.id))!.values.identifies_bug).toBe('no');
    fireEvent.click(screen.getByTestId('conflict-take'));
    await waitFor(async () => expect((await getLabelsDb().labels.get(mine.id))!.values.identifies_bug).toBe('yes'));
    await waitFor(() => expect(screen.queryByTestId('import-conflict')).toBeNull());
  });

  it('restores labels from the journal after browser storage was cleared', async () => {
    const repo = getLabelsRepo();
    const base = { datasetId: 'ds', contentHash: 'h', annotator: 'ann', rubricId: NEXT_RUBRIC.id, rubricVersion: 1 };
    await repo.patchLabel({ ...base, key: { problem_id: 'P1', split: 'test', iteration: 1, sample_index: 0 } }, { values: { identifies_bug: 'yes' } });
    await repo.patchLabel({ ...base, key: { problem_id: 'P2', split: 'test', iteration: 1, sample_index: 0 } }, { values: { usefulness: '2' }, note: 'n' });
    await repo.flush();
    await getLabelsDb().labels.clear();
    render(<LabelsView />);
    fireEvent.click(screen.getByTestId('restore-labels'));
    expect((await screen.findByTestId('restore-report')).textContent).toMatch(/\d+ journal entries: 2 labels restored/);
    expect(await getLabelsDb().labels.count()).toBe(2);
  });

  it('exports JSONL with a header, one row per label and an end line', async () => {
    await getLabelsDb().labels.bulkPut([label('ann', 'P1', { identifies_bug: 'yes' }), label('bob', 'P2', { identifies_bug: 'no' })]);
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    render(<LabelsView />);
    await waitFor(() => expect((screen.getByTestId('export-jsonl') as HTMLButtonElement).disabled).toBe(false));
    await act(async () => fireEvent.click(screen.getByTestId('export-jsonl')));
    await waitFor(() => expect(blob).not.toBeNull());
    const lines = (await blob!.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['header', 'label', 'label', 'end']);
    expect(lines[1]).toMatchObject({ dataset_id: 'ds', annotator: 'ann', problem_id: 'P1', rubric_id: 'next-rationale', values: { identifies_bug: 'yes' } });
  });
});
