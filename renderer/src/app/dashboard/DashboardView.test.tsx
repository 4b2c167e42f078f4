// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeApi } from '../dataset/testing/fakeApi';
import { NEXT_RUBRIC } from '../../../../shared/annotation/defaultRubric';
import { makeLabel } from '../../../../shared/annotation/label';
import { getLabelsDb } from '../../db';
import { useAnnotationStore } from '../annotation/annotationStore';
import { useViewStore } from '../state/viewStore';
import { createAnalysisFakeApi, type FullSample } from '../compare/testing/analysisFake';

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
const { DashboardView } = await import('./DashboardView');
const { useDashboardStore } = await import('./dashboardStore');
const { useCompareStore } = await import('../compare/compareStore');

const s = (problem_id: string, split: string, iteration: number, sample_index: number, passed: boolean | null): FullSample => ({
  problem_id,
  split,
  iteration,
  sample_index,
  passed,
  rationale: 'x'.repeat(50 + sample_index * 10),
});

// One sample per problem, a test split only in iteration 0, and iteration 17 after a gap.
const samples: FullSample[] = [
  s('a', 'dev', 0, 0, false),
  s('b', 'dev', 0, 0, true),
  s('a', 'dev', 3, 0, true),
  s('b', 'dev', 3, 0, true),
  s('a', 'dev', 17, 0, true),
  s('t', 'test', 0, 0, null),
];

beforeEach(() => {
  h.api = createAnalysisFakeApi(samples);
  useViewStore.setState({ datasetId: 'ds', tab: 'dashboard', query: '' });
  useDashboardStore.setState({ filter: '' });
});
afterEach(cleanup);

describe('DashboardView', () => {
  it('shows every chart truthfully for awkward data, without NaN anywhere', async () => {
    render(<DashboardView />);
    const fix = await screen.findByTestId('chart-fix-rate');
    expect(fix.textContent).toContain('No samples in iterations 1–2, 4–16: not drawn.');
    expect(fix.textContent).toMatch(/Fix rate \(% of samples\)/);
    fireEvent.click(screen.getByTestId('pass-k-5'));
    expect(screen.getByTestId('chart-pass-at-k').textContent).toMatch(/pass@5 is n\/a everywhere/);
    expect(screen.getByTestId('chart-grounding').textContent).toMatch(/No sample in this dataset has a grounding check/);
    expect(screen.getByTestId('chart-labels').textContent).toMatch(/No labels yet/);
    expect(screen.queryByTestId('agreement-table')).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('filters the sample list to a bar when it is clicked', async () => {
    render(<DashboardView />);
    const fix = await screen.findByTestId('chart-fix-rate');
    const bar = within(fix).getByTestId('mark-dev:3');
    expect(bar.getAttribute('aria-label')).toMatch(/dev · iter 3 — fix rate 100\.0%/);
    fireEvent.click(bar);
    expect(useViewStore.getState()).toMatchObject({ query: 'split:dev iter:3 passed:true', tab: 'samples' });
  });

  it('compares the first and last iteration on paired problems', async () => {
    render(<DashboardView />);
    const paired = await screen.findByTestId('paired-comparison');
    await within(paired).findByTestId('paired-headline');
    // Only problem a is in both iter 0 and iter 17: +100 pp, no interval from one problem.
    expect(within(paired).getByTestId('paired-headline').textContent).toMatch(/\+100\.0 pp.*no interval from a single problem/);
    expect(within(paired).getByTestId('paired-improved').textContent).toBe('1');
    expect(paired.textContent).toMatch(/Not paired: 1 problem only in iter 0, 0 problems only in iter 17/);
    expect(paired.textContent).toMatch(/over 1 problem paired\./);
    fireEvent.change(within(paired).getByTestId('paired-b'), { target: { value: '3' } });
    await vi.waitFor(() => expect(within(paired).getByTestId('paired-headline').textContent).toMatch(/\+50\.0 pp \(95% CI/), { timeout: 10_000 });
    // The count leads to the problems behind it.
    fireEvent.click(within(paired).getByTestId('paired-list-improved'));
    expect(useViewStore.getState().tab).toBe('problem');
    expect(useCompareStore.getState()).toMatchObject({ from: 0, to: 3, kinds: ['fail-to-pass', 'improved'] });
  });

  it('charts human label means with intervals once labels exist in the labels database', async () => {
    await useAnnotationStore.getState().hydrate();
    const key = (iteration: number, sample_index: number) => ({ problem_id: 'a', split: 'dev', iteration, sample_index });
    const labels = [
      ['ann1', key(0, 0), 'no'],
      ['ann2', key(0, 0), 'partly'],
      ['ann1', key(3, 0), 'yes'],
    ] as const;
    await getLabelsDb().labels.bulkPut(
      labels.map(([annotator, k, v]) =>
        makeLabel({ datasetId: 'ds', key: k, contentHash: 'h', annotator, rubricId: NEXT_RUBRIC.id, rubricVersion: NEXT_RUBRIC.version, values: { identifies_bug: v }, note: '' }, new Date()),
      ),
    );
    render(<DashboardView />);
    const chart = await screen.findByTestId('chart-label-identifies_bug', {}, { timeout: 5000 });
    expect(chart.textContent).toContain('yes = 3, partly = 2, no = 1');
    // Iteration 0: scores 1 and 2 → mean 1.50 with a t interval; iteration 3: one label, no interval.
    expect(within(chart).getByTestId('mark-dev:0').getAttribute('aria-label')).toMatch(/mean 1\.50 \[-?\d+\.\d\d, \d+\.\d\d\] · 2 labels/);
    expect(within(chart).getByTestId('mark-dev:3').getAttribute('aria-label')).toMatch(/mean 3\.00 \(one label: no interval\) · 1 label$/);
    // Two annotators labelled the same sample: their agreement is reported beside the means.
    expect(screen.getByTestId('agreement-table')).toBeTruthy();
    await getLabelsDb().labels.clear();
  });

  it('restricts every figure to a filter, keeps it in the click-through, and reports a filter it cannot read', async () => {
    render(<DashboardView />);
    await screen.findByTestId('chart-fix-rate');
    fireEvent.change(screen.getByTestId('dashboard-filter'), { target: { value: 'split:test' } });
    fireEvent.submit(screen.getByTestId('dashboard-filter').closest('form')!);
    await vi.waitFor(() => expect(screen.getByTestId('dashboard-status').textContent).toMatch(/^1 sample matching split:test/), { timeout: 10_000 });
    fireEvent.change(screen.getByTestId('dashboard-filter'), { target: { value: 'split:dev' } });
    fireEvent.submit(screen.getByTestId('dashboard-filter').closest('form')!);
    await vi.waitFor(() => expect(screen.getByTestId('dashboard-status').textContent).toMatch(/^5 samples matching split:dev/), { timeout: 10_000 });
    fireEvent.click(within(screen.getByTestId('chart-fix-rate')).getByTestId('mark-dev:0'));
    expect(useViewStore.getState().query).toBe('split:dev split:dev iter:0 passed:true');
    fireEvent.change(screen.getByTestId('dashboard-filter'), { target: { value: 'colour:red' } });
    fireEvent.submit(screen.getByTestId('dashboard-filter').closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Query not understood: unknown filter "colour:"/);
  });
});
