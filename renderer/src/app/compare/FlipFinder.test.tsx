// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeApi } from '../dataset/testing/fakeApi';
import { allFlipKinds, useCompareStore } from './compareStore';
import { createAnalysisFakeApi } from './testing/analysisFake';

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
const { FlipFinder } = await import('./FlipFinder');

beforeEach(() => {
  h.api = createAnalysisFakeApi([{ problem_id: 'p1', split: 'test', iteration: 0, sample_index: 0, passed: null }]);
  useCompareStore.setState({ from: null, to: null, split: null, kinds: allFlipKinds, order: 'size', flipScroll: 0 });
});
afterEach(cleanup);

describe('FlipFinder', () => {
  it('with a single iteration says once that there is nothing to compare', async () => {
    const { container } = render(<FlipFinder datasetId="ds" iterations={[0]} splits={['test']} onOpen={() => {}} activeProblem={null} />);
    expect(await screen.findByText('The dataset has fewer than two iterations: nothing to compare.')).toBeTruthy();
    expect(container.textContent).not.toContain('Choose two different iterations.');
  });
});
