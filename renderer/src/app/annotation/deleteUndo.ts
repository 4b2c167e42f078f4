import { create } from 'zustand';
import type { LabelRecord } from '../../../../shared/annotation/label';
import { getLabelsRepo } from '../../db';

/** How long the "Label deleted — Undo" notice stays (Gmail's is 5–30 s; labels are weeks of work). */
export const UNDO_MS = 10_000;

export interface DeletedBatch {
  /** Tells one deletion from the next, so an old notice's timer never hides a newer one. */
  seq: number;
  records: LabelRecord[];
}

interface DeleteUndoState {
  /** The last deletion, while it can still be undone. */
  last: DeletedBatch | null;
  /** What the last delete or undo did, when it is worth saying (an error, or a label kept). */
  message: string | null;
  /** Deletes labels at once and offers an undo; returns how many were deleted. */
  deleteLabels(ids: readonly string[]): Promise<number>;
  /** Puts the last deleted labels back exactly; false when there was nothing to undo. */
  undo(): Promise<boolean>;
  /** Hides the notice of deletion `seq` (the undo is no longer offered), or whatever is shown. */
  dismiss(seq?: number): void;
}

let seq = 0;

/**
 * Deletion with undo, shared by the annotation panel and the Labels table so
 * that a deletion made in one can be undone from the other. Deleting asks
 * nothing: the label goes at once (and to the journal), and the notice offers
 * to put it back exactly as it was, for UNDO_MS after the deletion. The store
 * keeps that time itself: were it the notice's, a deletion made just before
 * leaving for a view without the notice would stay undoable (by z too) until
 * the next notice mounted, however late.
 */
export const useDeleteUndo = create<DeleteUndoState>()((set, get) => {
  /** Offers to undo the deletion of `records` for UNDO_MS from now. */
  const offer = (records: LabelRecord[], message: string | null) => {
    const batch = { seq: ++seq, records };
    set({ last: batch, message });
    setTimeout(() => get().dismiss(batch.seq), UNDO_MS);
  };
  return {
    last: null,
    message: null,
    async deleteLabels(ids) {
      try {
        const records = await getLabelsRepo().deleteLabels(ids);
        if (records.length) offer(records, null);
        return records.length;
      } catch (err) {
        set({ message: `Not deleted: ${err instanceof Error ? err.message : String(err)}` });
        return 0;
      }
    },
    async undo() {
      const last = get().last;
      if (!last) return false;
      set({ last: null });
      try {
        const { kept } = await getLabelsRepo().undoDelete(last.records);
        set({ message: kept.length ? `${plural(kept.length)} not restored: labelled again since the deletion; the newer label is kept.` : null });
      } catch (err) {
        offer(last.records, `Not restored: ${err instanceof Error ? err.message : String(err)}`);
      }
      return true;
    },
    dismiss(which) {
      const last = get().last;
      if (which === undefined || last?.seq === which) set({ last: null, message: null });
    },
  };
});

export function plural(n: number): string {
  return n === 1 ? '1 label' : `${n} labels`;
}
