import { create } from 'zustand';
import type { TestStep } from '../../../../../shared/trace/cursor';

/**
 * What a hovered rationale mention or claim points at: lines to tint in the
 * code and the timeline. Transient (not part of a link); a click moves the
 * real cursor (`viewStore.step`) instead.
 */
export interface Focus {
  lines: number[];
  /** Counted within its test: the timeline places it (see `stepOnTimeline`). */
  step: TestStep | null;
}

interface FocusStore {
  focus: Focus | null;
  setFocus(focus: Focus | null): void;
}

export const useFocusStore = create<FocusStore>()((set) => ({
  focus: null,
  setFocus: (focus) => set({ focus }),
}));
