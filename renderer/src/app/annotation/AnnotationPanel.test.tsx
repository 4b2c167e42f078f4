// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseJournal, type JournalEntry } from '../../../../shared/annotation/journal';
import { labelId } from '../../../../shared/annotation/label';
import { buildQueue } from '../../../../shared/annotation/queue';
import type { SampleDetail } from '../../../../shared/contract';
import { getLabelsDb, getLabelsRepo } from '../../db';
import { createFakeApi, type FakeApi } from '../dataset/testing/fakeApi';
import { createFakeJournal } from './testing/fakeJournal';
import { useViewStore } from '../state/viewStore';
import { useAnnotationStore } from './annotationStore';
import { useDeleteUndo } from './deleteUndo';

const fakeJournal = createFakeJournal();
const journal = fakeJournal.texts;
const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
h.api = createFakeApi({
  ...fakeJournal.handlers,
});

const { AnnotationPanel } = await import('./AnnotationPanel');

function detail(problem: string, index: number, contentHash = `h-${problem}`): SampleDetail {
  const key = { problem_id: problem, split: 'test', iteration: 2, sample_index: 0 };
  return { index, key, contentHash, sample: { ...key, rationale: 'r' }, source: { file: 'f', line: index + 1 }, warnings: [] };
}
const idOf = (problem: string) => labelId('ds', detail(problem, 0).key, 'ann');
const stored = (problem: string) => getLabelsDb().labels.get(idOf(problem));

beforeAll(async () => {
  await useAnnotationStore.getState().hydrate();
  await useAnnotationStore.getState().setAnnotator('ann');
});
afterEach(() => {
  cleanup();
  useDeleteUndo.setState({ last: null, message: null });
});

const lastEntry = () => parseJournal(journal.get('ds') ?? '').entries.at(-1);
const chosen = (dim: string) => screen.getByTestId(`rubric-dim-${dim}`).querySelector('[aria-checked="true"]');

describe('AnnotationPanel', () => {
  it('chooses values with number keys, moves with Tab, and autosaves each change to IndexedDB and the journal', async () => {
    render(<AnnotationPanel datasetId="ds" detail={detail('P1', 0)} />);
    const panel = await screen.findByTestId('annotation-panel');
    await waitFor(() => expect(screen.getByTestId('rubric-dim-identifies_bug')).toBeTruthy());
    fireEvent.keyDown(panel, { key: '2' });
    await waitFor(async () => expect((await stored('P1'))?.values).toEqual({ identifies_bug: 'partly' }));
    fireEvent.keyDown(panel, { key: 'Tab' });
    expect(screen.getByTestId('rubric-dim-trace_reasoning').dataset.focused).toBe('true');
    fireEvent.keyDown(panel, { key: '4' });
    fireEvent.keyDown(panel, { key: 'Tab', shiftKey: true });
    fireEvent.keyDown(panel, { key: '1' });
    await waitFor(async () => expect((await stored('P1'))?.values).toEqual({ identifies_bug: 'yes', trace_reasoning: '4' }));
    await waitFor(() => {
      const entries = parseJournal(journal.get('ds') ?? '').entries as Extract<JournalEntry, { op: 'put' }>[];
      expect(entries.at(-1)?.label.values).toEqual({ identifies_bug: 'yes', trace_reasoning: '4' });
    });
    expect(screen.getByTestId('rubric-dim-identifies_bug').querySelector('[aria-checked="true"]')?.textContent).toContain('yes');
  });

  it('takes digits pressed while focus is elsewhere (e.g. the sample list) and pulls focus into the form', async () => {
    render(
      <div>
        <button data-testid="elsewhere">list row</button>
        <AnnotationPanel datasetId="ds" detail={detail('P5', 5)} />
      </div>,
    );
    await waitFor(() => expect(screen.getByTestId('rubric-dim-identifies_bug')).toBeTruthy());
    const outside = screen.getByTestId('elsewhere');
    outside.focus();
    fireEvent.keyDown(outside, { key: '3' });
    await waitFor(async () => expect((await stored('P5'))?.values).toEqual({ identifies_bug: 'no' }));
    expect(document.activeElement).toBe(screen.getByTestId('annotation-panel'));
    // Typing in a text field elsewhere is never taken.
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    const patch = vi.spyOn(getLabelsRepo(), 'patchLabel');
    fireEvent.keyDown(input, { key: '1' });
    expect(patch).not.toHaveBeenCalled();
    patch.mockRestore();
    input.remove();
  });

  it('shows the cheatsheet on ? and hides the iteration in blind mode', async () => {
    const { useBlindModeStore } = await import('./blindMode');
    act(() => useBlindModeStore.getState().setBlind(true));
    render(<AnnotationPanel datasetId="ds" detail={detail('P2', 1)} />);
    const panel = screen.getByTestId('annotation-panel');
    expect(panel.textContent).not.toContain('iter 2');
    fireEvent.keyDown(panel, { key: '?' });
    expect((await screen.findByTestId('annotation-cheatsheet')).textContent).toMatch(/Shift\+DeleteDelete your label of this sample.*zUndo the deletion/);
    act(() => useBlindModeStore.getState().setBlind(false));
    expect(screen.getByTestId('annotation-panel').textContent).toContain('iter 2');
  });

  it('Enter saves and opens the next unlabelled item of the active queue', async () => {
    const rows = ['P1', 'P3', 'P4'].map((p, i) => ({ index: 10 + i, problem_id: p, split: 'test', iteration: 2, sample_index: 0, model: null, passed: null }));
    const items = buildQueue(rows, { seed: 's', stratifyBy: [], perStratum: 10, overlap: 0, annotators: [] });
    await getLabelsDb().queues.put({ id: 'q1', name: 'Pilot', datasetId: 'ds', seed: 's', query: '', stratifyBy: [], perStratum: 10, overlap: 0, annotators: [], createdAt: 'now', items });
    await act(() => useAnnotationStore.getState().setQueue('q1'));
    const first = items[0]!;
    render(<AnnotationPanel datasetId="ds" detail={detail(first.key.problem_id, first.index)} />);
    await screen.findByTestId('queue-progress');
    const panel = screen.getByTestId('annotation-panel');
    fireEvent.keyDown(panel, { key: '3' });
    await waitFor(async () => expect((await stored(first.key.problem_id))?.values.identifies_bug).toBe('no'));
    fireEvent.keyDown(panel, { key: 'Enter' });
    // P1 is labelled (first test) and the current item is skipped: the next is another unlabelled item.
    await waitFor(() => expect(useViewStore.getState().sampleIndex).not.toBeNull());
    const next = items.find((it) => it.index === useViewStore.getState().sampleIndex)!;
    expect(next.sampleId).not.toBe(first.sampleId);
    expect(next.key.problem_id).not.toBe('P1');
    await act(() => useAnnotationStore.getState().setQueue(null));
  });

  it('flags a label whose sample content changed as stale', async () => {
    render(<AnnotationPanel datasetId="ds" detail={detail('P1', 0, 'regenerated')} />);
    expect(await screen.findByTestId('annotation-stale')).toBeTruthy();
    await waitFor(async () => expect((await stored('P1'))?.stale).toBe(1));
  });

  it('Shift+Delete deletes only this label, journals it, and Undo puts back exactly the same record', async () => {
    const repo = getLabelsRepo();
    const base = { datasetId: 'ds', contentHash: 'h-D1', annotator: 'ann', rubricId: 'next-rationale', rubricVersion: 1 };
    await repo.patchLabel({ ...base, key: detail('D1', 0).key }, { values: { identifies_bug: 'partly', usefulness: '3' }, note: 'misreads the loop' });
    const neighbour = await repo.patchLabel({ ...base, contentHash: 'h-D2', key: detail('D2', 0).key }, { values: { identifies_bug: 'yes' } });
    const bob = await repo.patchLabel({ ...base, annotator: 'bob', key: detail('D1', 0).key }, { values: { identifies_bug: 'no' } });
    const before = (await stored('D1'))!;
    render(<AnnotationPanel datasetId="ds" detail={detail('D1', 20)} />);
    const panel = screen.getByTestId('annotation-panel');
    await waitFor(() => expect(chosen('identifies_bug')?.textContent).toContain('partly'));
    expect((screen.getByTestId('annotation-note') as HTMLTextAreaElement).value).toBe('misreads the loop');

    fireEvent.keyDown(panel, { key: 'Delete', shiftKey: true });
    await waitFor(async () => expect(await stored('D1')).toBeUndefined());
    // The form is empty, the notice offers Undo, and nothing else was touched (bob's label of the same sample included).
    await waitFor(() => expect(chosen('identifies_bug')).toBeNull());
    expect((screen.getByTestId('annotation-note') as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByTestId('undo-notice').textContent).toContain('Label deleted');
    expect(screen.getByTestId('annotation-save-status').textContent).toContain('Not labelled yet');
    expect(await getLabelsDb().labels.get(neighbour.id)).toEqual(neighbour);
    expect(await getLabelsDb().labels.get(bob.id)).toEqual(bob);
    await waitFor(() => expect(lastEntry()).toEqual({ op: 'delete', at: expect.any(String), id: idOf('D1') }));

    fireEvent.click(screen.getByTestId('undo-delete'));
    await waitFor(async () => expect(await stored('D1')).toEqual(before));
    await waitFor(() => expect(chosen('identifies_bug')?.textContent).toContain('partly'));
    expect((screen.getByTestId('annotation-note') as HTMLTextAreaElement).value).toBe('misreads the loop');
    expect(screen.queryByTestId('undo-notice')).toBeNull();
    await waitFor(() => expect(lastEntry()).toEqual({ op: 'put', at: expect.any(String), label: before }));
  });

  it('the Delete button takes a note still being typed with the label, and z undoes both', async () => {
    render(<AnnotationPanel datasetId="ds" detail={detail('D3', 23)} />);
    const panel = screen.getByTestId('annotation-panel');
    await waitFor(() => expect(screen.getByTestId('rubric-dim-identifies_bug')).toBeTruthy());
    expect((screen.getByTestId('annotation-delete') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(panel, { key: '1' });
    await waitFor(() => expect((screen.getByTestId('annotation-delete') as HTMLButtonElement).disabled).toBe(false));
    // Typed but not yet autosaved when Delete is clicked.
    fireEvent.change(screen.getByTestId('annotation-note'), { target: { value: 'half a thought' } });
    fireEvent.click(screen.getByTestId('annotation-delete'));
    await screen.findByTestId('undo-delete');
    const deleted = useDeleteUndo.getState().last!.records[0]!;
    expect(deleted).toMatchObject({ values: { identifies_bug: 'yes' }, note: 'half a thought' });
    expect(await stored('D3')).toBeUndefined();
    expect((screen.getByTestId('annotation-note') as HTMLTextAreaElement).value).toBe('');
    fireEvent.keyDown(panel, { key: 'z' });
    await waitFor(async () => expect(await stored('D3')).toEqual(deleted));
    await waitFor(() => expect((screen.getByTestId('annotation-note') as HTMLTextAreaElement).value).toBe('half a thought'));
  });

  it('a deleted label counts as unlabelled again in the queue and for "unlabelled only"', async () => {
    const rows = ['Q1', 'Q2'].map((p, i) => ({ index: 30 + i, problem_id: p, split: 'test', iteration: 2, sample_index: 0, model: null, passed: null }));
    const items = buildQueue(rows, { seed: 's', stratifyBy: [], perStratum: 10, overlap: 0, annotators: [] });
    await getLabelsDb().queues.put({ id: 'q2', name: 'Del', datasetId: 'ds', seed: 's', query: '', stratifyBy: [], perStratum: 10, overlap: 0, annotators: [], createdAt: 'now', items });
    await act(() => useAnnotationStore.getState().setQueue('q2'));
    const complete = { identifies_bug: 'yes', trace_reasoning: '4', explains_fix: '3', usefulness: '5' };
    for (const it of items) {
      await getLabelsRepo().patchLabel({ datasetId: 'ds', key: it.key, contentHash: `h-${it.key.problem_id}`, annotator: 'ann', rubricId: 'next-rationale', rubricVersion: 1 }, { values: complete });
    }
    const [a, b] = items as [(typeof items)[0], (typeof items)[0]];
    const view = render(<AnnotationPanel datasetId="ds" detail={detail(b.key.problem_id, b.index)} />);
    await waitFor(() => expect(screen.getByTestId('queue-progress').textContent).toContain('2 / 2 labelled'));
    fireEvent.keyDown(screen.getByTestId('annotation-panel'), { key: 'Enter' });
    expect((await screen.findByRole('status')).textContent).toContain('Queue finished');

    view.rerender(<AnnotationPanel datasetId="ds" detail={detail(a.key.problem_id, a.index)} />);
    await waitFor(() => expect(chosen('identifies_bug')?.textContent).toContain('yes'));
    fireEvent.keyDown(screen.getByTestId('annotation-panel'), { key: 'Delete', shiftKey: true });
    await waitFor(() => expect(screen.getByTestId('queue-progress').textContent).toContain('1 / 2 labelled'));

    // From the other item, Enter now goes back to the one whose label was deleted.
    view.rerender(<AnnotationPanel datasetId="ds" detail={detail(b.key.problem_id, b.index)} />);
    act(() => useViewStore.setState({ sampleIndex: null }));
    fireEvent.keyDown(screen.getByTestId('annotation-panel'), { key: 'Enter' });
    await waitFor(() => expect(useViewStore.getState().sampleIndex).toBe(a.index));
    await act(() => useAnnotationStore.getState().setQueue(null));
  });
});
