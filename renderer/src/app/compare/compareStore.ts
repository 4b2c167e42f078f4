import { create } from 'zustand';
import type { FlipKind } from '../../../../shared/contract';
import type { FlipOrder } from './flipSort';

/**
 * What the Problem tab was showing, kept while the user visits another tab:
 * the flip finder's choices and scroll position, the selected cells of the
 * current problem and the "only what differs" toggle.
 */
export interface CompareState {
  from: number | null;
  to: number | null;
  split: string | null;
  kinds: FlipKind[];
  order: FlipOrder;
  flipScroll: number;
  /** Selected dataset indices and the problem they belong to. */
  selection: { datasetId: string | null; problemId: string | null; indices: number[] };
  onlyDiffs: boolean;
  set(patch: Partial<Omit<CompareState, 'set'>>): void;
}

export const allFlipKinds: FlipKind[] = ['fail-to-pass', 'pass-to-fail', 'improved', 'regressed'];

export const useCompareStore = create<CompareState>()((set) => ({
  from: null,
  to: null,
  split: null,
  kinds: allFlipKinds,
  order: 'size',
  flipScroll: 0,
  selection: { datasetId: null, problemId: null, indices: [] },
  onlyDiffs: false,
  set: (patch) => set(patch),
}));
