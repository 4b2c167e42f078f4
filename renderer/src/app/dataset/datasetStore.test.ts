// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexProgress } from '../../../../shared/contract';
import { useViewStore } from '../state/viewStore';
import { createFakeApi, type FakeApi } from './testing/fakeApi';
import { makeSummary } from './testing/summaries';

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));

const { connectDatasetEvents, useDatasetStore } = await import('./datasetStore');

const progress = (bytesDone: number, records: number): IndexProgress => ({
  bytesDone,
  bytesTotal: 1000,
  records,
  rateMBs: 50,
  etaSeconds: 3,
  elapsedMs: 100,
});

beforeEach(() => {
  localStorage.clear();
  useDatasetStore.setState({ summary: null, error: null, opening: false, recent: [], mapping: null });
  useViewStore.setState({ datasetId: null, datasetPath: null, sampleIndex: null });
});

describe('datasetStore', () => {
  it('opens a dataset, records it as recent and points the view at it', async () => {
    h.api = createFakeApi({ 'dataset:open': ({ path }) => makeSummary({ id: 'x', path }) });
    expect(await useDatasetStore.getState().open('/data/run1')).toBe(true);
    expect(useDatasetStore.getState().summary?.id).toBe('x');
    expect(useDatasetStore.getState().recent).toEqual(['/data/run1']);
    expect(JSON.parse(localStorage.getItem('tracelens.recentDatasets')!)).toEqual(['/data/run1']);
    expect(useViewStore.getState()).toMatchObject({ datasetId: 'x', datasetPath: '/data/run1' });
  });

  it('keeps the error message of a failed open and the previous dataset', async () => {
    h.api = createFakeApi({ 'dataset:open': () => makeSummary({ id: 'a' }) });
    await useDatasetStore.getState().open('/a');
    h.api = createFakeApi();
    expect(await useDatasetStore.getState().open('/missing')).toBe(false);
    expect(useDatasetStore.getState().error).toMatch(/not available/);
    expect(useDatasetStore.getState().summary?.id).toBe('a');
  });

  it('sends the mapping when re-opening with one', async () => {
    h.api = createFakeApi({ 'dataset:open': () => makeSummary() });
    await useDatasetStore.getState().open('/a', '{"problem_id":"task_id"}');
    expect(h.api.calls[0]!.args).toEqual({ path: '/a', mapping: '{"problem_id":"task_id"}' });
    expect(useDatasetStore.getState().mapping).toBe('{"problem_id":"task_id"}');
  });

  it('clears the selected sample only when a different dataset opens', async () => {
    h.api = createFakeApi({ 'dataset:open': ({ path }) => makeSummary({ id: path }) });
    useViewStore.setState({ datasetId: '/a', sampleIndex: 7 });
    await useDatasetStore.getState().open('/a');
    expect(useViewStore.getState().sampleIndex).toBe(7);
    await useDatasetStore.getState().open('/b');
    expect(useViewStore.getState().sampleIndex).toBeNull();
  });

  it('follows progress and change events for the open dataset only, and cleans up', async () => {
    h.api = createFakeApi({ 'dataset:open': () => makeSummary({ id: 'a', state: 'indexing', records: 0 }) });
    const off = connectDatasetEvents();
    await useDatasetStore.getState().open('/a');
    h.api.emit('dataset:progress', { datasetId: 'a', progress: progress(500, 120) });
    expect(useDatasetStore.getState().summary).toMatchObject({ records: 120, progress: { bytesDone: 500 } });
    h.api.emit('dataset:progress', { datasetId: 'other', progress: progress(900, 999) });
    expect(useDatasetStore.getState().summary?.records).toBe(120);
    h.api.emit('dataset:changed', { summary: makeSummary({ id: 'a', state: 'ready', records: 300 }) });
    expect(useDatasetStore.getState().summary).toMatchObject({ state: 'ready', records: 300 });
    off();
    expect(h.api.listenerCount('dataset:changed') + h.api.listenerCount('dataset:progress')).toBe(0);
  });

  it('does not step back to "indexing" when the final event overtakes the open answer', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h.api = createFakeApi({
      'dataset:open': async () => {
        await gate;
        return makeSummary({ id: 'b', state: 'indexing', records: 10 });
      },
    });
    useDatasetStore.setState({ summary: makeSummary({ id: 'a' }) });
    const off = connectDatasetEvents();
    const opening = useDatasetStore.getState().open('/b');
    h.api.emit('dataset:changed', { summary: makeSummary({ id: 'b', state: 'ready', records: 5000 }) });
    expect(useDatasetStore.getState().summary?.id).toBe('a');
    release();
    await opening;
    expect(useDatasetStore.getState().summary).toMatchObject({ id: 'b', state: 'ready', records: 5000 });
    off();
  });
});
