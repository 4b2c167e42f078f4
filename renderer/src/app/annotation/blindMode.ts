import { create } from 'zustand';
import { storedFlag } from '../../components/storedPrefs';

const blindFlag = storedFlag('tracelens.blindMode');

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
  blind: blindFlag.read(),
  setBlind(blind) {
    // Private windows may refuse storage; the flag still holds for this session.
    blindFlag.write(blind);
    set({ blind });
  },
}));

/** True when the sample view must hide model, iteration, pass/fail and grounding. */
export function useBlindMode(): boolean {
  return useBlindModeStore((s) => s.blind);
}
