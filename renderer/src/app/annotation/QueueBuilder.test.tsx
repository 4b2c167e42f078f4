// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queueFile } from '../../../../shared/annotation/queueFile';
import type { SampleRow } from '../../../../shared/contract';
import { getLabelsDb } from '../../db';
import { createFakeApi, type FakeApi } from '../dataset/testing/fakeApi';
import { useAnnotationStore } from './annotationStore';

const rows: SampleRow[] = Array.from({ length: 90 }, (_, i) => ({
  index: i, problem_id: `P${i % 30}`, split: 'test', iteration: Math.floor(i / 30), sample_index: 0, model: 'm', passed: i % 2 === 0, rationaleChars: 1, grounding: null,
}));
let indexing = false;
const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
h.api = createFakeApi({
  // Pages of 1000 in reverse order: the queue must not depend on the order rows arrive in.
  'dataset:query': ({ offset = 0 }) => ({ total: rows.length, offset, rows: [...rows].reverse().slice(offset, offset + 1000), indexing }),
});
const { QueueBuilder } = await import('./QueueBuilder');

beforeAll(() => useAnnotationStore.getState().hydrate());
afterEach(cleanup);

describe('QueueBuilder', () => {
  it('builds a stratified queue of N per iteration and makes it active', async () => {
    render(<QueueBuilder datasetId="ds" />);
    fireEvent.change(screen.getByTestId('queue-n'), { target: { value: '4' } });
    fireEvent.click(screen.getByTestId('queue-build'));
    await waitFor(() => expect(screen.getByTestId('queue-status').textContent).toMatch(/Built "Pilot": 12 items from 90 samples \(3 strata/));
    const q = (await getLabelsDb().queues.get(useAnnotationStore.getState().queueId!))!;
    expect(q.items.filter((i) => i.key.iteration === 2)).toHaveLength(4);
  });

  it('rebuilds a shared queue file identically, and says so', async () => {
    const [first] = await getLabelsDb().queues.toArray();
    render(<QueueBuilder datasetId="ds" />);
    const file = new File([queueFile(first!, first!.items)], 'queue-Pilot.json');
    fireEvent.change(screen.getByTestId('queue-load-spec'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('queue-status').textContent).toMatch(/Loaded "Pilot" \(12 items\)/));
    fireEvent.click(screen.getByTestId('queue-build'));
    await waitFor(() => expect(screen.getByTestId('queue-status').textContent).toMatch(/Identical to the shared queue/));
  });

  it('refuses to build while the dataset is still indexing', async () => {
    indexing = true;
    render(<QueueBuilder datasetId="ds" />);
    fireEvent.click(screen.getByTestId('queue-build'));
    await waitFor(() => expect(screen.getByTestId('queue-status').textContent).toMatch(/Not built: .*still being indexed/));
    indexing = false;
  });
});
