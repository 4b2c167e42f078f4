import { create } from 'zustand';

const KEY = 'tracelens.programModelView';

function initial(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Whether the program pane shows the model's view (NExT comments); kept across samples and sessions. */
export const useProgramPrefs = create<{ modelView: boolean; setModelView(on: boolean): void }>()((set) => ({
  modelView: initial(),
  setModelView(on) {
    try {
      localStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // Storage may be unavailable; the choice then lasts for this session.
    }
    set({ modelView: on });
  },
}));
