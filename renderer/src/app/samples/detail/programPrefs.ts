import { create } from 'zustand';
import { storedFlag } from '../../../components/storedPrefs';

const modelViewFlag = storedFlag('tracelens.programModelView');

/** Whether the program pane shows the model's view (NExT comments); kept across samples and sessions. */
export const useProgramPrefs = create<{ modelView: boolean; setModelView(on: boolean): void }>()((set) => ({
  modelView: modelViewFlag.read(),
  setModelView(on) {
    modelViewFlag.write(on);
    set({ modelView: on });
  },
}));
