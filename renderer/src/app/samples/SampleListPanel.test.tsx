// @vitest-environment jsdom
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArgsOf, SamplePage } from '../../../../shared/contract';
import { createFakeApi, type FakeApi } from '../dataset/testing/fakeApi';
import { makeRow, makeSummary } from '../dataset/testing/summaries';
import { connectDatasetEvents, useDatasetStore } from '../dataset/datasetStore';
import { useViewStore } from '../state/viewStore';
import { defaultSort, forgetScrollPositions, useListStore } from '../dataset/list/listStore';

// The machine is shared: give async queries room beyond the 1 s default.
configure({ asyncUtilTimeout: 5000 });

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));

const { SampleListPanel } = await import('./SampleListPanel');

/** A fake engine over `total` rows; `passed:false` filters, an unknown key is a query error. */
function engine(total: number) {
  return (args: ArgsOf<'dataset:query'>): SamplePage => {
    const q = args.query ?? '';
    const offset = args.offset ?? 0;
    const limit = args.limit ?? 100;
    if (q.includes('colour:')) return { total, offset, rows: rowsFrom(offset, limit, total, 1), indexing: false, queryError: 'Unknown filter "colour"' };
    const stride = q.includes('passed:false') ? 2 : 1;
    const n = Math.ceil(total / stride);
    return { total: n, offset, rows: rowsFrom(offset, limit, n, stride), indexing: false };
  };
}
function rowsFrom(offset: number, limit: number, total: number, stride: number) {
  const out = [];
  for (let p = offset; p < Math.min(total, offset + limit); p++) out.push({ ...makeRow(p * stride), index: p * stride });
  return out;
}

const queryCalls = () => h.api.calls.filter((c) => c.name === 'dataset:query').map((c) => c.args as ArgsOf<'dataset:query'>);

beforeAll(() => {
  // jsdom has no layout: give the scroll container a viewport of 20 rows.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get() {
      return (this as HTMLElement).classList.contains('sample-list') ? 600 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get() {
      const inner = (this as HTMLElement).firstElementChild as HTMLElement | null;
      return inner ? parseFloat(inner.style.height) || 0 : 0;
    },
  });
  Element.prototype.scrollTo = function (this: Element, opts?: ScrollToOptions | number) {
    const top = typeof opts === 'object' ? opts.top : undefined;
    // Like a browser: a scroll event only when the position really changes.
    if (top === undefined || top === (this as HTMLElement).scrollTop) return;
    (this as HTMLElement).scrollTop = top;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
});

beforeEach(() => {
  forgetScrollPositions();
  useViewStore.setState({ datasetId: 'ds1', query: '', sampleIndex: null });
  useDatasetStore.setState({ summary: makeSummary({ records: 1_000_000 }) });
});
afterEach(cleanup);

describe('SampleListPanel', () => {
  it('shows the first rows of a million-row dataset without fetching it all', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(1_000_000) });
    render(<SampleListPanel />);
    expect(await screen.findByTestId('sample-row-0')).toBeTruthy();
    expect(screen.getByTestId('sample-list-footer').textContent).toContain('1,000,000 samples');
    expect(document.querySelectorAll('.sample-row').length).toBeLessThan(60);
    expect(queryCalls().every((a) => (a.limit ?? 0) <= 1000 && (a.offset ?? 0) < 1000)).toBe(true);
  });

  it('fetches the page under a deep scroll and renders those rows', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(1_000_000) });
    render(<SampleListPanel />);
    await screen.findByTestId('sample-row-0');
    const list = screen.getByTestId('sample-list');
    act(() => {
      list.scrollTop = 500_000 * 30;
      fireEvent.scroll(list);
    });
    expect(await screen.findByTestId('sample-row-500005')).toBeTruthy();
    expect(queryCalls().some((a) => a.offset === 500_000)).toBe(true);
    expect(screen.queryByTestId('sample-row-0')).toBeNull();
  });

  it('shows each row\'s facts, with a grounding badge only where the rationale was checked', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(1000) });
    render(<SampleListPanel />);
    const row7 = await screen.findByTestId('sample-row-7');
    expect(row7.textContent).toBe('mbpp/7train it1 #7✗107✗1');
    expect(row7.querySelector('[data-testid="grounding-badge"]')!.getAttribute('title')).toBe(
      'Rationale claims: 3 consistent, 1 contradicted, 0 unverifiable',
    );
    expect(screen.getByTestId('sample-row-8').querySelector('[data-testid="grounding-badge"]')).toBeNull();
    expect(screen.getByTestId('sample-row-8').querySelector('[aria-label="passed"]')).toBeTruthy();
  });

  it('moves the selection with j/k and arrows, but not while typing', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(1000) });
    render(<SampleListPanel />);
    await screen.findByTestId('sample-row-0');
    fireEvent.keyDown(window, { key: 'j' });
    expect(useViewStore.getState().sampleIndex).toBe(0);
    fireEvent.keyDown(window, { key: 'j' });
    fireEvent.keyDown(window, { key: 'ArrowDown' });
    expect(useViewStore.getState().sampleIndex).toBe(2);
    fireEvent.keyDown(window, { key: 'k' });
    expect(useViewStore.getState().sampleIndex).toBe(1);
    expect(screen.getByTestId('sample-row-1').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByTestId('search-input'), { key: 'j' });
    expect(useViewStore.getState().sampleIndex).toBe(1);
    const modal = document.body.appendChild(Object.assign(document.createElement('div'), { role: 'dialog' }));
    modal.setAttribute('aria-modal', 'true');
    fireEvent.keyDown(window, { key: 'ArrowDown' });
    expect(useViewStore.getState().sampleIndex).toBe(1);
    modal.remove();
  });

  it('selects a clicked row and keeps going from it with the keyboard', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(1000) });
    render(<SampleListPanel />);
    fireEvent.click(await screen.findByTestId('sample-row-7'));
    expect(useViewStore.getState().sampleIndex).toBe(7);
    fireEvent.keyDown(window, { key: 'j' });
    expect(useViewStore.getState().sampleIndex).toBe(8);
  });

  it('runs a typed query on Enter, counts the matches and shows a query error inline', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(1000) });
    render(<SampleListPanel />);
    const input = await screen.findByTestId('search-input');
    fireEvent.change(input, { target: { value: 'passed:false' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useViewStore.getState().query).toBe('passed:false');
    await waitFor(() => expect(screen.getByTestId('sample-list-footer').textContent).toContain('500 of 1,000,000 samples'));
    expect(screen.getByTestId('sample-row-2')).toBeTruthy();
    expect(screen.queryByTestId('sample-row-1')).toBeNull();

    fireEvent.change(input, { target: { value: 'colour:red' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByTestId('search-error')).textContent).toContain('Unknown filter "colour"');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('re-queries as indexing adds records, keeping the selection', async () => {
    let total = 50;
    h.api = createFakeApi({ 'dataset:query': (a) => ({ ...engine(total)(a), indexing: total < 500 }) });
    useDatasetStore.setState({ summary: makeSummary({ state: 'indexing', records: 50 }) });
    render(<SampleListPanel />);
    fireEvent.click(await screen.findByTestId('sample-row-3'));
    expect(screen.getByTestId('sample-list-footer').textContent).toContain('indexing');
    total = 500;
    act(() => useDatasetStore.setState({ summary: makeSummary({ state: 'ready', records: 500 }) }));
    await waitFor(() => expect(screen.getByTestId('sample-list-footer').textContent).toBe('500 samples'));
    expect(screen.getByTestId('sample-row-3').getAttribute('aria-selected')).toBe('true');
  });

  it('sorts through the sort menu', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(1000) });
    render(<SampleListPanel />);
    await screen.findByTestId('sample-row-0');
    fireEvent.click(screen.getByTestId('sort-menu'));
    fireEvent.change(screen.getByTestId('sort-field'), { target: { value: 'rationaleChars' } });
    fireEvent.click(screen.getByTestId('sort-dir'));
    await waitFor(() => expect(queryCalls().at(-1)?.sort).toEqual({ field: 'rationaleChars', dir: 'desc' }));
    expect(screen.getByTestId('sort-menu').textContent).toBe('⇅ Rationale length ↓');
    act(() => useListStore.setState({ sort: defaultSort }));
  });

  it('comes back to the same scroll position after being unmounted (tab switch)', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(100_000) });
    const first = render(<SampleListPanel />);
    await screen.findByTestId('sample-row-0');
    const list = screen.getByTestId('sample-list');
    act(() => {
      list.scrollTop = 40_000 * 30;
      fireEvent.scroll(list);
    });
    await screen.findByTestId('sample-row-40002');
    first.unmount();
    render(<SampleListPanel />);
    expect(await screen.findByTestId('sample-row-40002')).toBeTruthy();
    expect(screen.getByTestId('sample-list').scrollTop).toBe(40_000 * 30);
  });

  it('tells an empty dataset from a search without matches', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(0) });
    render(<SampleListPanel />);
    expect((await screen.findByTestId('sample-list-empty')).textContent).toMatch(/no readable samples/);
    act(() => useViewStore.setState({ query: 'passed:false' }));
    await waitFor(() => expect(screen.getByTestId('sample-list-empty').textContent).toBe('No samples match this search.'));
  });

  it('scrolls a sample selected elsewhere (a deep link) into view once its row has loaded', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(1000) });
    useViewStore.setState({ sampleIndex: 150 });
    render(<SampleListPanel />);
    expect((await screen.findByTestId('sample-row-150')).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('sample-list').scrollTop).toBeGreaterThan(100 * 30);
  });

  it('re-queries a label: search when labels change, and only then', async () => {
    const labelled = new Set<number>([1]);
    const unlabelled = (a: ArgsOf<'dataset:query'>): SamplePage => {
      const rows = Array.from({ length: 10 }, (_, i) => i).filter((i) => (a.query?.includes('label:') ? !labelled.has(i) : true));
      return { total: rows.length, offset: 0, rows: rows.map((i) => ({ ...makeRow(i), index: i })), indexing: false };
    };
    h.api = createFakeApi({ 'dataset:query': unlabelled });
    const disconnect = connectDatasetEvents();
    useViewStore.setState({ query: 'label:unlabelled' });
    render(<SampleListPanel />);
    expect(await screen.findByTestId('sample-row-2')).toBeTruthy();
    expect(screen.queryByTestId('sample-row-1')).toBeNull();
    // Labelling sample 2 elsewhere (the annotation panel): the backend says labels changed.
    labelled.add(2);
    act(() => h.api.emit('dataset:labels-changed', { datasetId: 'ds1', version: 2, labelled: 2, annotators: [{ value: 'ann', count: 2 }] }));
    await waitFor(() => expect(screen.queryByTestId('sample-row-2')).toBeNull());
    expect(screen.getByTestId('sample-list-footer').textContent).toContain('8 of');
    // Without a label: filter, a label change does not re-query.
    act(() => useViewStore.setState({ query: 'iter:1' }));
    await screen.findByTestId('sample-row-2');
    const before = queryCalls().length;
    act(() => h.api.emit('dataset:labels-changed', { datasetId: 'ds1', version: 3, labelled: 3, annotators: [] }));
    await new Promise((r) => setTimeout(r, 50));
    expect(queryCalls().length).toBe(before);
    disconnect();
  });

  it('asks the engine where a deep-linked sample beyond the loaded pages is, and scrolls it into view', async () => {
    // Under passed:false the fake engine keeps every other row: dataset index 120,000 is list position 60,000.
    h.api = createFakeApi({ 'dataset:query': engine(200_000), 'dataset:position': (a) => (a.query === 'passed:false' && a.index % 2 === 0 ? a.index / 2 : null) });
    useViewStore.setState({ query: 'passed:false', sampleIndex: 120_000 });
    render(<SampleListPanel />);
    const row = await screen.findByTestId('sample-row-120000');
    expect(row.getAttribute('aria-selected')).toBe('true');
    const list = screen.getByTestId('sample-list');
    expect(list.scrollTop).toBeGreaterThan(59_900 * 30);
    expect(list.scrollTop).toBeLessThan(60_000 * 30);
    expect(h.api.calls.filter((c) => c.name === 'dataset:position')).toHaveLength(1);
  });

  it('stays at the top when the deep-linked sample is not in the search result', async () => {
    h.api = createFakeApi({ 'dataset:query': engine(200_000), 'dataset:position': () => null });
    useViewStore.setState({ query: 'passed:false', sampleIndex: 120_001 });
    render(<SampleListPanel />);
    await screen.findByTestId('sample-row-0');
    await waitFor(() => expect(h.api.calls.some((c) => c.name === 'dataset:position')).toBe(true));
    expect(screen.getByTestId('sample-list').scrollTop).toBe(0);
  });

  it('asks the user to open a dataset when none is open', () => {
    h.api = createFakeApi();
    useViewStore.setState({ datasetId: null });
    render(<SampleListPanel />);
    expect(screen.getByTestId('sample-list-panel').textContent).toContain('Open a dataset');
  });
});
