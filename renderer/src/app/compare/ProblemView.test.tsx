// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeApi } from '../dataset/testing/fakeApi';
import { makeSummary } from '../dataset/testing/summaries';
import { useDatasetStore } from '../dataset/datasetStore';
import { NEXT_RUBRIC } from '../../../../shared/annotation/defaultRubric';
import { makeLabel } from '../../../../shared/annotation/label';
import { getLabelsDb } from '../../db';
import { useAnnotationStore } from '../annotation/annotationStore';
import { useViewStore } from '../state/viewStore';
import { createAnalysisFakeApi, type FullSample } from './testing/analysisFake';
import { allFlipKinds, useCompareStore } from './compareStore';

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
const { ProblemView } = await import('./ProblemView');

const code0 = 'def f(n):\n    return n - 1\n';
const code1 = 'def f(n):\n    return n + 1\n';
const samples: FullSample[] = [
  { problem_id: 'p1', split: 'dev', iteration: 0, sample_index: 0, passed: false, rationale: 'the loop stops one early', fixed_code: code0, test_results: [{ test: 'assert f(1) == 2', passed: false }] },
  { problem_id: 'p1', split: 'dev', iteration: 0, sample_index: 1, passed: false, rationale: 'the loop stops one early', fixed_code: code0, test_results: [{ test: 'assert f(1) == 2', passed: false }] },
  { problem_id: 'p1', split: 'dev', iteration: 2, sample_index: 0, passed: true, rationale: 'the return adds one', fixed_code: code1, test_results: [{ test: 'assert f(1) == 2', passed: true }] },
  { problem_id: 'p1', split: 'dev', iteration: 2, sample_index: 1, passed: true, rationale: 'the return adds one', fixed_code: code1, test_results: [{ test: 'assert f(1) == 2', passed: true }] },
  { problem_id: 'p2', split: 'dev', iteration: 0, sample_index: 0, passed: true, rationale: 'fine', fixed_code: code1 },
];

// jsdom lays nothing out: give scroll containers a size so the virtualized flip list renders rows.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });

beforeEach(() => {
  h.api = createAnalysisFakeApi(samples);
  useDatasetStore.setState({
    summary: makeSummary({ id: 'ds', facets: { ...makeSummary().facets, splits: [{ value: 'dev', count: 5 }], iterations: [{ value: 0, count: 3 }, { value: 2, count: 2 }] } }),
  });
  useViewStore.setState({ datasetId: 'ds', problemId: null, tab: 'problem' });
  useCompareStore.setState({ from: null, to: null, split: null, kinds: allFlipKinds, order: 'size', flipScroll: 0, selection: { datasetId: null, problemId: null, indices: [] }, onlyDiffs: false });
});
afterEach(cleanup);

describe('ProblemView', () => {
  it('lists flips between the first and last iteration and opens a problem with one click', async () => {
    render(<ProblemView />);
    const finder = screen.getByTestId('flip-finder');
    await within(finder).findByTestId('flip-counts');
    const row = await within(finder).findByTestId('flip-row-p1');
    expect(row.textContent).toContain('0% → 100%');
    expect(within(finder).getByTestId('flip-counts').textContent).toMatch(/fail → pass\s*1/);
    fireEvent.click(row);
    expect(useViewStore.getState().problemId).toBe('p1');
    expect(await screen.findByTestId('problem-grid')).toBeTruthy();
    expect(screen.getByTestId('grid-cell-2-1').textContent).toContain('✓');
    expect(screen.getByTestId('grid-cell-0-0').textContent).toContain('✗');
  });

  it('compares selected samples side by side, fetching only those, and hides what does not differ', async () => {
    useViewStore.setState({ problemId: 'p2' });
    render(<ProblemView />);
    // p2 has no samples in iteration 2: the row says so.
    expect((await screen.findByTestId('grid-row-2')).textContent).toContain('no samples');

    useViewStore.setState({ problemId: 'p1' });
    await screen.findByTestId('grid-cell-2-1');
    fireEvent.click(screen.getByTestId('grid-cell-0-0'));
    fireEvent.click(screen.getByTestId('grid-cell-2-0'));
    const columns = await screen.findByTestId('compare-columns');
    await within(columns).findByText(/baseline/);
    await vi.waitFor(() => expect(columns.querySelector('ins.diff-added')?.textContent).toContain('return adds'), { timeout: 10_000 });
    expect(columns.querySelector('.diff-line.diff-added')?.textContent).toContain('return n + 1');
    const fetched = h.api.calls.filter((c) => c.name === 'dataset:sample').map((c) => (c.args as { index: number }).index);
    expect(fetched.sort()).toEqual([0, 2]);

    // Two identical samples: with the toggle on, nothing is shown but the note.
    fireEvent.click(screen.getByTestId('grid-cell-2-0'));
    fireEvent.click(screen.getByTestId('grid-cell-0-1'));
    fireEvent.click(screen.getByTestId('only-diffs'));
    await screen.findByText('The selected samples do not differ.');
    expect(screen.queryByTestId('compare-section-rationale')).toBeNull();
    expect(screen.queryByTestId('compare-section-fixed_code')).toBeNull();
  });

  it('keeps the selection and the flip finder choices when the user comes back from another tab', async () => {
    useViewStore.setState({ problemId: 'p1' });
    const first = render(<ProblemView />);
    fireEvent.click(await screen.findByTestId('grid-cell-2-1'));
    fireEvent.change(screen.getByTestId('flip-sort'), { target: { value: 'problem' } });
    first.unmount();
    render(<ProblemView />);
    expect((await screen.findByTestId('grid-cell-2-1')).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByTestId('flip-sort') as HTMLSelectElement).value).toBe('problem');
    await screen.findByTestId('compare-columns');
  });

  it('marks cells whose sample has a label, and stale labels differently', async () => {
    await useAnnotationStore.getState().hydrate();
    const complete = { identifies_bug: 'yes', trace_reasoning: '4', explains_fix: '3', usefulness: '4' };
    const label = (iteration: number, sample_index: number, stale: 0 | 1) => ({
      ...makeLabel(
        { datasetId: 'ds', key: { problem_id: 'p1', split: 'dev', iteration, sample_index }, contentHash: 'h', annotator: 'a', rubricId: NEXT_RUBRIC.id, rubricVersion: NEXT_RUBRIC.version, values: complete, note: '' },
        new Date(),
      ),
      stale,
    });
    await getLabelsDb().labels.bulkPut([label(0, 0, 0), label(2, 1, 1)]);
    useViewStore.setState({ problemId: 'p1' });
    render(<ProblemView />);
    await vi.waitFor(() => expect(screen.getByTestId('grid-cell-0-0').querySelector('.label-labelled')).not.toBeNull(), { timeout: 10_000 });
    expect(screen.getByTestId('grid-cell-2-1').querySelector('.label-stale')).not.toBeNull();
    expect(screen.getByTestId('grid-cell-2-0').querySelector('.label-dot')).toBeNull();
    await getLabelsDb().labels.clear();
  });

  it('lets the user choose the baseline column and open a compared sample in the Samples tab', async () => {
    useViewStore.setState({ problemId: 'p1' });
    render(<ProblemView />);
    fireEvent.click(await screen.findByTestId('grid-cell-0-0'));
    fireEvent.click(screen.getByTestId('grid-cell-2-0'));
    const columns = await screen.findByTestId('compare-columns');
    const headers = () => [...columns.querySelectorAll('.compare-header strong')].map((h) => h.textContent);
    expect(headers()).toEqual(['iter 0 · #0', 'iter 2 · #0']);
    fireEvent.click(within(columns).getByRole('button', { name: 'Baseline' }));
    expect(headers()).toEqual(['iter 2 · #0', 'iter 0 · #0']);
    fireEvent.click(within(columns).getAllByRole('button', { name: 'Open' })[1]!);
    expect(useViewStore.getState()).toMatchObject({ tab: 'samples', sampleIndex: 0 });
  });
});
