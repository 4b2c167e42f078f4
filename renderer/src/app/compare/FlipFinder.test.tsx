// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeApi } from '../dataset/testing/fakeApi';
import { useDashboardStore } from '../dashboard/dashboardStore';
import { allFlipKinds, useCompareStore } from './compareStore';
import { createAnalysisFakeApi } from './testing/analysisFake';

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
const { FlipFinder } = await import('./FlipFinder');

beforeEach(() => {
  h.api = createAnalysisFakeApi([{ problem_id: 'p1', split: 'test', iteration: 0, sample_index: 0, passed: null }]);
  useCompareStore.setState({ from: null, to: null, split: null, kinds: allFlipKinds, order: 'size', flipScroll: 0 });
  useDashboardStore.setState({ filter: '' });
});

// jsdom lays nothing out: give the flip list a size so its virtualized rows render.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
afterEach(cleanup);

describe('FlipFinder', () => {
  it('with a single iteration says once that there is nothing to compare', async () => {
    const { container } = render(<FlipFinder datasetId="ds" iterations={[0]} splits={['test']} onOpen={() => {}} activeProblem={null} />);
    expect(await screen.findByText('The dataset has fewer than two iterations: nothing to compare.')).toBeTruthy();
    expect(container.textContent).not.toContain('Choose two different iterations.');
  });

  it('applies the dashboard filter, says so, and can drop it', async () => {
    // p1 (dev) goes fail → pass, p2 (train) pass → fail between iterations 0 and 2.
    h.api = createAnalysisFakeApi([
      { problem_id: 'p1', split: 'dev', iteration: 0, sample_index: 0, passed: false },
      { problem_id: 'p1', split: 'dev', iteration: 2, sample_index: 0, passed: true },
      { problem_id: 'p2', split: 'train', iteration: 0, sample_index: 0, passed: true },
      { problem_id: 'p2', split: 'train', iteration: 2, sample_index: 0, passed: false },
    ]);
    useDashboardStore.setState({ filter: 'split:dev' });
    render(<FlipFinder datasetId="ds" iterations={[0, 2]} splits={['dev', 'train']} onOpen={() => {}} activeProblem={null} />);
    expect(await screen.findByTestId('flip-row-p1')).toBeTruthy();
    expect(screen.queryByTestId('flip-row-p2')).toBeNull();
    expect(screen.getByTestId('flip-filter').textContent).toContain('Only samples matching split:dev');
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(await screen.findByTestId('flip-row-p2')).toBeTruthy();
    expect(screen.queryByTestId('flip-filter')).toBeNull();
    expect(useDashboardStore.getState().filter).toBe('');
  });
});
