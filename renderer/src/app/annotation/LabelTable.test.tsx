// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NEXT_RUBRIC } from '../../../../shared/annotation/defaultRubric';
import { parseJournal } from '../../../../shared/annotation/journal';
import { makeLabel, type LabelRecord } from '../../../../shared/annotation/label';
import { getLabelsDb } from '../../db';
import { createFakeApi, type FakeApi } from '../dataset/testing/fakeApi';
import { useViewStore } from '../state/viewStore';
import { useDeleteUndo } from './deleteUndo';
import { createFakeJournal } from './testing/fakeJournal';

const fakeJournal = createFakeJournal();
const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
h.api = createFakeApi({ ...fakeJournal.handlers });

const { LabelTable } = await import('./LabelTable');

function label(annotator: string, problem: string, values: Record<string, string>, note = ''): LabelRecord {
  return makeLabel(
    { datasetId: 'ds', key: { problem_id: problem, split: 'test', iteration: 1, sample_index: 0 }, contentHash: `h-${problem}`, annotator, rubricId: NEXT_RUBRIC.id, rubricVersion: 1, values, note, indexHint: 3 },
    new Date('2026-04-01T00:00:00Z'),
  );
}
const ops = () => parseJournal(fakeJournal.texts.get('ds') ?? '').entries.map((e) => e.op);

beforeAll(() => {
  // jsdom has no layout: give the table's scroll box room for its rows.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get() {
      return (this as HTMLElement).dataset.testid === 'label-table-scroll' ? 320 : 0;
    },
  });
});
afterEach(cleanup);

describe('LabelTable', () => {
  it('deletes one row, touching no other label, and Undo brings the same record back', async () => {
    const labels = [label('ann', 'P1', { identifies_bug: 'yes' }), label('bob', 'P1', { identifies_bug: 'no' }, 'unsure'), label('ann', 'P2', { usefulness: '2' })];
    await getLabelsDb().labels.bulkPut(labels);
    useViewStore.setState({ tab: 'labels', sampleIndex: null });
    render(<LabelTable datasetId="ds" />);
    const table = screen.getByTestId('label-table');
    await waitFor(() => expect(within(table).getAllByTestId('label-row')).toHaveLength(3));

    fireEvent.click(within(table).getByRole('button', { name: "Delete bob's label of P1 · test · iter 1 · #0" }));
    await waitFor(() => expect(within(table).getAllByTestId('label-row')).toHaveLength(2));
    expect(table.textContent).toContain('Labels (2');
    expect(within(table).getByTestId('undo-notice').textContent).toContain('Label deleted');
    expect(await getLabelsDb().labels.get(labels[1]!.id)).toBeUndefined();
    expect(await getLabelsDb().labels.get(labels[0]!.id)).toEqual(labels[0]);
    expect(await getLabelsDb().labels.get(labels[2]!.id)).toEqual(labels[2]);
    // The click deleted; it did not also open the sample as a click on the row does.
    expect(useViewStore.getState()).toMatchObject({ tab: 'labels', sampleIndex: null });
    await waitFor(() => expect(ops()).toEqual(['delete']));

    fireEvent.click(within(table).getByTestId('undo-delete'));
    await waitFor(async () => expect(await getLabelsDb().labels.get(labels[1]!.id)).toEqual(labels[1]));
    await waitFor(() => expect(within(table).getAllByTestId('label-row')).toHaveLength(3));
    expect(within(table).queryByTestId('undo-notice')).toBeNull();
    await waitFor(() => expect(ops()).toEqual(['delete', 'put']));
    expect(useDeleteUndo.getState().last).toBeNull();
  });
});
