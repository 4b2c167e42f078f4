import { create } from 'zustand';

/**
 * What a hovered rationale mention or claim points at: lines to tint in the
 * code and the timeline. Transient (not part of a link); a click moves the
 * real cursor (`viewStore.step`) instead.
 */
export interface Focus {
  lines: number[];
  step: number | null;
}

interface FocusStore {
  focus: Focus | null;
  setFocus(focus: Focus | null): void;
}

export const useFocusStore = create<FocusStore>()((set) => ({
  focus: null,
  setFocus: (focus) => set({ focus }),
}));
