// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArgsOf } from '../../../../../shared/contract';
import { createFakeApi, type FakeApi } from '../testing/fakeApi';
import { makeRow } from '../testing/summaries';
import { defaultSort } from './listStore';

const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));

const { useSamplePages, PAGE_SIZE } = await import('./useSamplePages');

const offsets = () => h.api.calls.map((c) => (c.args as ArgsOf<'dataset:query'>).offset);
const params = { key: 'k', datasetId: 'ds1', query: '', sort: defaultSort, refreshToken: '' };

beforeEach(() => {
  h.api = createFakeApi({
    'dataset:query': ({ offset = 0, limit = 100 }) => ({
      total: 1_000_000,
      offset,
      rows: Array.from({ length: limit }, (_, i) => makeRow(offset + i)),
      indexing: false,
    }),
  });
});

describe('useSamplePages', () => {
  it('keeps fetching the rows under a scroll that never pauses', async () => {
    const { result } = renderHook(() => useSamplePages(params));
    await waitFor(() => expect(result.current.total).toBe(1_000_000));
    // One range per "frame", 5 ms apart, moving a page each time, for 150 ms.
    for (let i = 1; i <= 30; i++) {
      act(() => result.current.ensure(i * PAGE_SIZE, i * PAGE_SIZE + 30));
      await new Promise((r) => setTimeout(r, 5));
    }
    const duringScroll = offsets().length;
    expect(duringScroll).toBeGreaterThan(2);
    await waitFor(() => expect(offsets()).toContain(30 * PAGE_SIZE));
    // Only what was on screen: never the whole list.
    expect(offsets().length).toBeLessThanOrEqual(32);
  });

  it('drops answers to a superseded query', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    h.api = createFakeApi({
      'dataset:query': async ({ query = '', offset = 0 }) => {
        if (query === 'old') await slow;
        return { total: query === 'old' ? 5 : 7, offset, rows: [makeRow(query === 'old' ? 100 : 200)], indexing: false };
      },
    });
    const { result, rerender } = renderHook((p) => useSamplePages(p), { initialProps: { ...params, key: 'old', query: 'old' } });
    rerender({ ...params, key: 'new', query: 'new' });
    await waitFor(() => expect(result.current.total).toBe(7));
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(result.current.total).toBe(7);
    expect(result.current.rowAt(0)?.problem_id).toBe('mbpp/200');
    expect(result.current.loadedKey).toBe('new');
  });

  it('names one channel per list, so the engine can cancel the search of the query it left; that failure is not shown', async () => {
    let fail!: () => void;
    const cancelled = new Promise<void>((_, reject) => (fail = () => reject(new Error('This search was superseded by a newer query from the same list'))));
    h.api = createFakeApi({
      'dataset:query': async ({ query = '', offset = 0 }) => {
        if (query === 'old') await cancelled;
        return { total: 7, offset, rows: [makeRow(200)], indexing: false };
      },
    });
    const { result, rerender } = renderHook((p) => useSamplePages(p), { initialProps: { ...params, key: 'old', query: 'old' } });
    rerender({ ...params, key: 'new', query: 'new' });
    await waitFor(() => expect(result.current.total).toBe(7));
    fail();
    await new Promise((r) => setTimeout(r, 20));
    expect(result.current.error).toBeNull();
    const channels = h.api.calls.map((c) => (c.args as ArgsOf<'dataset:query'>).channel);
    expect(new Set(channels).size).toBe(1);
    expect(channels[0]).toMatch(/^sample-list-/);
    // Another list (another window) gets its own channel: it never cancels this one's searches.
    renderHook(() => useSamplePages(params));
    await waitFor(() => expect(h.api.calls.length).toBeGreaterThan(channels.length));
    expect(new Set(h.api.calls.map((c) => (c.args as ArgsOf<'dataset:query'>).channel)).size).toBe(2);
  });
});
