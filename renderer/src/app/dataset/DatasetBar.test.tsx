// @vitest-environment jsdom
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InputIssue } from '../../../../shared/dataset/types';
import { useViewStore } from '../state/viewStore';
import { createFakeApi, type FakeApi } from './testing/fakeApi';
import { makeSummary } from './testing/summaries';

// The machine is shared: give async queries room beyond the 1 s default.
configure({ asyncUtilTimeout: 5000 });

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));

const { DatasetBar } = await import('./DatasetBar');
const { connectDatasetEvents, useDatasetStore } = await import('./datasetStore');

const issues: InputIssue[] = Array.from({ length: 250 }, (_, i) => ({
  file: 'train/iter1.jsonl',
  line: i * 10 + 1,
  reason: i === 0 ? 'malformed JSON: Unexpected token' : 'missing problem_id',
  excerpt: `{"broken": ${i}`,
}));

beforeEach(() => {
  localStorage.clear();
  useDatasetStore.setState({ summary: null, error: null, opening: false, recent: [], mapping: null, openFormVisible: false });
  useViewStore.setState({ datasetId: null, datasetPath: null });
  h.api = createFakeApi({
    'dataset:open': ({ path }) => makeSummary({ id: 'ds1', path, state: 'indexing', records: 0, progress: null }),
    'dataset:issues': ({ offset = 0, limit = 200 }) => ({ total: issues.length, issues: issues.slice(offset, offset + limit) }),
    'app:info': () => ({ name: 'Tracelens', version: '0', host: 'serve', versions: {}, initialDataset: null, initialLink: null, roots: ['/data'] }),
  });
});
afterEach(cleanup);

describe('DatasetBar', () => {
  it('opens a typed path, remembers it, and offers it again', async () => {
    render(<DatasetBar />);
    fireEvent.click(screen.getByTestId('open-dataset'));
    expect(await screen.findByText(/reads only under: \/data/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('open-dataset-input'), { target: { value: '/data/run1' } });
    fireEvent.click(screen.getByTestId('open-submit'));
    await waitFor(() => expect(useViewStore.getState().datasetPath).toBe('/data/run1'));
    expect(screen.queryByTestId('open-dataset-input')).toBeNull(); // closed after success
    fireEvent.click(screen.getByTestId('open-dataset'));
    expect(screen.getByTestId('recent-path-0').textContent).toBe('/data/run1');
  });

  it('offers the native dialog in the desktop app only', async () => {
    render(<DatasetBar />);
    fireEvent.click(screen.getByTestId('open-dataset'));
    expect(screen.queryByTestId('open-browse-folder')).toBeNull();
    cleanup();
    h.api = createFakeApi(
      {
        'app:pick-dataset': ({ kind }) => ({ path: kind === 'folder' ? '/data/picked' : null }),
        'dataset:open': ({ path }) => makeSummary({ id: 'p', path }),
      },
      'electron',
    );
    useDatasetStore.setState({ openFormVisible: false });
    render(<DatasetBar />);
    fireEvent.click(screen.getByTestId('open-dataset'));
    fireEvent.click(screen.getByTestId('open-browse-folder'));
    await waitFor(() => expect(useViewStore.getState().datasetPath).toBe('/data/picked'));
  });

  it('lists the backend recent datasets, greys missing ones and forgets them', async () => {
    let recent = [
      { path: '/data/a', openedAt: 2, exists: true },
      { path: '/data/gone', openedAt: 1, exists: false },
    ];
    h.api = createFakeApi({
      'app:recent': () => recent,
      'app:recent-remove': ({ path }) => (recent = recent.filter((r) => r.path !== path)),
    });
    render(<DatasetBar />);
    act(() => useDatasetStore.getState().showOpenForm()); // as File ▸ Open does in the browser
    expect((await screen.findByTestId('recent-path-1')).textContent).toBe('/data/gone');
    fireEvent.click(screen.getByLabelText('Forget /data/gone'));
    await waitFor(() => expect(screen.queryByTestId('recent-path-1')).toBeNull());
    expect(screen.getByTestId('open-dataset-input')).toBe(document.activeElement);
  });

  it('shows why an open failed and stays open', async () => {
    h.api = createFakeApi({ 'app:info': () => Promise.reject(new Error('offline')) });
    render(<DatasetBar />);
    fireEvent.click(screen.getByTestId('open-dataset'));
    fireEvent.change(screen.getByTestId('open-dataset-input'), { target: { value: '/nope' } });
    fireEvent.click(screen.getByTestId('open-submit'));
    expect((await screen.findByTestId('open-error')).textContent).toMatch(/not available/);
    expect(screen.getByTestId('open-dataset-input')).toBeTruthy();
  });

  it('drives the progress bar from dataset:progress and hides it when ready', async () => {
    const off = connectDatasetEvents();
    await useDatasetStore.getState().open('/data/run1');
    render(<DatasetBar />);
    expect(screen.getByTestId('progress-text').textContent).toBe('Indexing…');
    act(() =>
      h.api.emit('dataset:progress', {
        datasetId: 'ds1',
        progress: { bytesDone: 250, bytesTotal: 1000, records: 12345, rateMBs: 87.5, etaSeconds: 42, elapsedMs: 900 },
      }),
    );
    expect(screen.getByTestId('progress-bar').getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByTestId('progress-text').textContent).toBe('25% · 87.5 MB/s · 12,345 records · 42 s left');
    act(() => h.api.emit('dataset:changed', { summary: makeSummary({ id: 'ds1', state: 'ready', records: 50000 }) }));
    expect(screen.queryByTestId('progress-bar')).toBeNull();
    expect(screen.getByTestId('index-done').textContent).toBe('50,000 samples');
    off();
  });

  it('shows the file being decompressed, then indexing, on the same bar', async () => {
    const off = connectDatasetEvents();
    await useDatasetStore.getState().open('/data/run1');
    render(<DatasetBar />);
    const emit = (progress: Record<string, unknown>) =>
      act(() => h.api.emit('dataset:progress', { datasetId: 'ds1', progress: { records: 0, elapsedMs: 100, ...progress } as never }));
    emit({ bytesDone: 34, bytesTotal: 100, rateMBs: 120, etaSeconds: 8, phase: 'decompressing', file: 'HumanEval.jsonl.gz' });
    expect(screen.getByTestId('progress-text').textContent).toBe('Decompressing HumanEval.jsonl.gz — 34% · 120.0 MB/s · 8 s left');
    expect(screen.getByTestId('progress-bar').getAttribute('aria-label')).toBe('Decompressing');
    expect(screen.getByTestId('progress-bar').getAttribute('aria-valuenow')).toBe('34');
    emit({ bytesDone: 10, bytesTotal: 1000, records: 40, rateMBs: 50, etaSeconds: 20, phase: 'indexing' });
    expect(screen.getByTestId('progress-text').textContent).toBe('1% · 50.0 MB/s · 40 records · 20 s left');
    expect(screen.getByTestId('progress-bar').getAttribute('aria-label')).toBe('Indexing');
    off();
  });

  it('summarises skipped lines and pages through them in a dialog', async () => {
    useDatasetStore.setState({ summary: makeSummary({ skipped: 250, lines: 100000 }) });
    render(<DatasetBar />);
    fireEvent.click(screen.getByTestId('skipped-summary'));
    expect(screen.getByTestId('skipped-summary').textContent).toBe('250 of 100,000 lines skipped — show them');
    const list = await screen.findByTestId('skipped-list');
    expect(list.children.length).toBe(100);
    expect(list.children[0]!.textContent).toContain('train/iter1.jsonl:1: malformed JSON: Unexpected token');
    expect(list.children[0]!.textContent).toContain('{"broken": 0');
    fireEvent.click(screen.getByTestId('skipped-next'));
    await waitFor(() => expect(screen.getByTestId('skipped-range').textContent).toBe('Lines 101–200 of 250 skipped'));
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByTestId('skipped-dialog')).toBeNull();
  });

  it('maps an unrecognised file, previews a record and re-opens with the mapping', async () => {
    h.api = createFakeApi({
      'dataset:open': ({ path }) => makeSummary({ id: 'ds1', path }),
      'dataset:issues': () => ({
        total: 1,
        issues: [{ file: '/data/foreign.jsonl', line: 1, reason: 'fields not recognised', excerpt: '{"uid":"p1","prompt":"Sum a list","answer":"def f(xs): return sum(xs)"}' }],
      }),
    });
    useViewStore.setState({ datasetPath: '/data' });
    useDatasetStore.setState({ summary: makeSummary({ unrecognised: [{ file: '/data/foreign.jsonl', fields: ['uid', 'prompt', 'answer'] }] }) });
    render(<DatasetBar />);
    fireEvent.click(screen.getByTestId('mapping-prompt'));
    expect(screen.getByTestId('mapping-error').textContent).toMatch(/problem_id/);
    expect((screen.getByTestId('mapping-apply') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('mapping-problem_id'), { target: { value: 'uid' } });
    fireEvent.change(screen.getByTestId('mapping-fixed_code'), { target: { value: 'answer' } });
    fireEvent.change(screen.getByTestId('mapping-split'), { target: { value: '\u0000const' } });
    fireEvent.change(screen.getByTestId('mapping-split-const'), { target: { value: 'dev' } });
    const preview = await screen.findByTestId('mapping-preview');
    expect(JSON.parse(preview.textContent!)).toEqual({ problem_id: 'p1', split: 'dev', fixed_code: 'def f(xs): return sum(xs)', task: { description: 'Sum a list' } });
    fireEvent.click(screen.getByTestId('mapping-apply'));
    await waitFor(() => expect(screen.queryByTestId('mapping-form')).toBeNull());
    const sent = h.api.calls.find((c) => c.name === 'dataset:open')!.args as { path: string; mapping: string };
    expect(sent.path).toBe('/data');
    expect(JSON.parse(sent.mapping).fields).toEqual({ problem_id: 'uid', split: { const: 'dev' }, 'task.description': 'prompt', fixed_code: 'answer' });
  });

  it('loads a saved mapping file into the form, and names a bad one', async () => {
    useDatasetStore.setState({ summary: makeSummary({ unrecognised: [{ file: 'foreign.jsonl', fields: ['uid', 'answer'] }] }) });
    render(<DatasetBar />);
    fireEvent.click(screen.getByTestId('mapping-prompt'));
    const saved = new File([JSON.stringify({ name: 'mine', fields: { problem_id: 'uid', fixed_code: 'answer', iteration: { const: 3 } } })], 'mine.mapping.json');
    fireEvent.change(screen.getByTestId('mapping-load'), { target: { files: [saved] } });
    await waitFor(() => expect((screen.getByTestId('mapping-problem_id') as HTMLSelectElement).value).toBe('uid'));
    expect((screen.getByTestId('mapping-iteration-const') as HTMLInputElement).value).toBe('3');
    expect(screen.queryByTestId('mapping-error')).toBeNull();
    fireEvent.change(screen.getByTestId('mapping-load'), { target: { files: [new File(['not json'], 'oops.json')] } });
    expect((await screen.findByTestId('mapping-error')).textContent).toMatch(/^oops\.json: mapping is not valid JSON/);
  });
});
