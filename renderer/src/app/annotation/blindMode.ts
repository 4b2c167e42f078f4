import { create } from 'zustand';

const STORAGE_KEY = 'tracelens.blindMode';

function initial(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

interface BlindModeStore {
  blind: boolean;
  setBlind(blind: boolean): void;
}

/**
 * Blind mode hides what could bias a judgement: the model, the iteration,
 * pass/fail and grounding results. Read synchronously from localStorage at
 * start-up so a blinded annotator never sees them flash before hydration.
 */
export const useBlindModeStore = create<BlindModeStore>()((set) => ({
  blind: initial(),
  setBlind(blind) {
    try {
      localStorage.setItem(STORAGE_KEY, blind ? '1' : '0');
    } catch {
      // Private windows may refuse storage; the flag still holds for this session.
    }
    set({ blind });
  },
}));

/** True when the sample view must hide model, iteration, pass/fail and grounding. */
export function useBlindMode(): boolean {
  return useBlindModeStore((s) => s.blind);
}
