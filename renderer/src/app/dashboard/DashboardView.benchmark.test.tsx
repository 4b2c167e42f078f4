// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeApi } from '../dataset/testing/fakeApi';
import { useViewStore } from '../state/viewStore';
import { createAnalysisFakeApi, type FullSample } from '../compare/testing/analysisFake';

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
const { DashboardView } = await import('./DashboardView');
const { useDashboardStore } = await import('./dashboardStore');

// A plain benchmark file (DebugBench, MBPP, HumanEval): tasks only, no rationale, no outcome,
// yet a grounding column (every sample "checked", with no claim).
const task = (problem_id: string): FullSample => ({
  problem_id,
  split: 'test',
  iteration: 0,
  sample_index: 0,
  passed: null,
  grounding: { consistent: 0, contradicted: 0, unverifiable: 0 },
});
const bench = ['two-sum', 'add-two-numbers', 'lru-cache'].map(task);

const tickLabels = (chart: HTMLElement) => [...chart.querySelectorAll('.axis-left .tick text')].map((t) => t.textContent);

beforeEach(() => {
  useViewStore.setState({ datasetId: 'ds', tab: 'dashboard', query: '' });
  useDashboardStore.setState({ filter: '' });
});
afterEach(cleanup);

describe('DashboardView on data without model outputs', () => {
  it('says why each chart is empty instead of drawing empty axes', async () => {
    h.api = createAnalysisFakeApi(bench);
    render(<DashboardView />);
    const fix = await screen.findByTestId('chart-fix-rate');
    expect(within(fix).getByTestId('chart-fix-rate-empty').textContent).toBe('No sample has a test outcome (passed / test_results), so the fix rate cannot be computed.');
    expect(fix.querySelector('svg')).toBeNull();
    const passK = screen.getByTestId('chart-pass-at-k');
    expect(passK.textContent).toContain('No sample has a test outcome (passed / test_results), so pass@k cannot be computed.');
    expect(passK.textContent).not.toMatch(/1 samples|n\/a everywhere/);
    const length = screen.getByTestId('chart-rationale-length');
    expect(length.textContent).toContain('No rationales in these samples');
    expect(length.querySelector('svg')).toBeNull();
    expect(screen.getByTestId('chart-grounding').textContent).toContain('No sample has a rationale, so there is no claim to check against the trace.');
    expect(screen.getByTestId('chart-grounding').querySelector('svg')).toBeNull();
  });

  it('says once that a single iteration cannot be compared', async () => {
    h.api = createAnalysisFakeApi(bench);
    render(<DashboardView />);
    const paired = await screen.findByTestId('paired-comparison');
    expect(paired.textContent).toContain('The dataset has fewer than two iterations: nothing to compare.');
    expect(paired.textContent).not.toContain('Choose two different iterations.');
    // Nothing to choose either: no A / B pickers.
    expect(within(paired).queryByTestId('paired-a')).toBeNull();
  });

  it('reads n/a for Solved and the median rationale in the table', async () => {
    h.api = createAnalysisFakeApi(bench);
    render(<DashboardView />);
    const table = await screen.findByTestId('stats-table');
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent);
    const cells = [...table.querySelectorAll('tbody tr td')].map((td) => td.textContent);
    expect(cells[headers.indexOf('Samples')]).toBe('3');
    expect(cells[headers.indexOf('Solved')]).toBe('n/a');
    expect(cells[headers.indexOf('Median rationale (chars)')]).toBe('n/a');
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('leaves samples without a rationale out of the lengths, and keeps ticks distinct when all lengths are equal', async () => {
    // Iteration 0 has no rationale at all; iteration 1 has three of 1 char and one without.
    const rows: FullSample[] = [
      { ...task('a'), passed: true },
      { ...task('a'), iteration: 1, rationale: 'x', passed: true },
      { ...task('b'), iteration: 1, rationale: 'y', passed: false },
      { ...task('c'), iteration: 1, rationale: 'z', passed: true },
      { ...task('d'), iteration: 1, passed: false },
    ];
    h.api = createAnalysisFakeApi(rows);
    render(<DashboardView />);
    const chart = await screen.findByTestId('chart-rationale-length');
    expect(chart.textContent).toContain('over samples with a rationale');
    // The d3 axis draws in an effect, which may run after the card appears: wait for its ticks
    // (Testing Library's waitFor, with the suite's 10 s; vi.waitFor gives up after 1 s).
    await waitFor(() => expect(tickLabels(chart).length).toBeGreaterThanOrEqual(3));
    const labels = tickLabels(chart);
    expect(new Set(labels).size).toBe(labels.length);
    expect(within(chart).getByTestId('box-test:1').getAttribute('aria-label')).toMatch(/median 1, .* · 3 samples with a rationale \(1 without, left out\)$/);
    const missing = within(chart).getByTestId('box-test:0');
    expect(missing.querySelector('.na-text')!.textContent).toBe('n/a');
    expect(missing.getAttribute('aria-label')).toBe('test · iter 0 — rationale length n/a: none of its 1 sample has a rationale');
    expect(chart.textContent).toContain('No rationale in test · iter 0 (n/a).');
    // The histogram: shares over the three rationales, ticks distinct on a one-bin axis.
    fireEvent.click(within(chart).getByTestId('rationale-histogram'));
    const xTickLabels = () => [...chart.querySelectorAll('.axis-bottom .tick text')].map((t) => t.textContent);
    await waitFor(() => expect(xTickLabels().length).toBeGreaterThanOrEqual(3));
    const xLabels = xTickLabels();
    expect(new Set(xLabels).size).toBe(xLabels.length);
    expect(within(chart).getAllByRole('button', { name: /— ≥ 1 chars: 100\.0% \(3 of 3 samples with a rationale\)/ })).toHaveLength(1);
    // The median in the table matches: 1 char, not 0 or 1 from a mix with the rationale-less sample.
    const table = screen.getByTestId('stats-table');
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent);
    const rowsText = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rowsText.map((r) => r[headers.indexOf('Median rationale (chars)')])).toEqual(['n/a', '1']);
  });
});
