import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureLabel } from '../../../../shared/annotation/testFixtures';

const stored = new Map(['P1', 'P2'].map((p) => [p, fixtureLabel('ann', p, { identifies_bug: 'yes' })]));
const repo = {
  deleteLabels: vi.fn(async (ids: readonly string[]) => ids.flatMap((id) => [...stored.values()].filter((l) => l.id === id))),
  undoDelete: vi.fn(async (records: readonly unknown[]) => ({ restored: [...records], kept: [] })),
};
vi.mock('../../db', () => ({ getLabelsRepo: () => repo }));
const { UNDO_MS, useDeleteUndo } = await import('./deleteUndo');
const id = (p: string) => stored.get(p)!.id;

// No IndexedDB here (the repository is a stand-in), so the clock can be faked safely.
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  useDeleteUndo.setState({ last: null, message: null });
});

describe('delete with undo', () => {
  it('offers the undo for UNDO_MS after the deletion, whether or not a notice is on screen', async () => {
    expect(await useDeleteUndo.getState().deleteLabels([id('P1')])).toBe(1);
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(useDeleteUndo.getState().last?.records).toEqual([stored.get('P1')]);
    vi.advanceTimersByTime(1);
    expect(useDeleteUndo.getState().last).toBeNull();
    expect(await useDeleteUndo.getState().undo()).toBe(false);
    expect(repo.undoDelete).not.toHaveBeenCalled();
  });

  it('gives a newer deletion its whole time: the older deletion’s end does not hide it', async () => {
    await useDeleteUndo.getState().deleteLabels([id('P1')]);
    vi.advanceTimersByTime(UNDO_MS - 1000);
    await useDeleteUndo.getState().deleteLabels([id('P2')]);
    vi.advanceTimersByTime(UNDO_MS - 1000);
    expect(useDeleteUndo.getState().last?.records).toEqual([stored.get('P2')]);
    vi.advanceTimersByTime(1000);
    expect(useDeleteUndo.getState().last).toBeNull();
  });

  it('after an undo that failed, offers it again for the whole time with the reason', async () => {
    await useDeleteUndo.getState().deleteLabels([id('P1')]);
    vi.advanceTimersByTime(UNDO_MS - 1000);
    repo.undoDelete.mockRejectedValueOnce(new Error('disk full'));
    expect(await useDeleteUndo.getState().undo()).toBe(true);
    expect(useDeleteUndo.getState()).toMatchObject({ last: { records: [stored.get('P1')] }, message: 'Not restored: disk full' });
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(useDeleteUndo.getState().last).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(useDeleteUndo.getState()).toMatchObject({ last: null, message: null });
  });
});
