import { create } from 'zustand';
import type { ViewProgram, ViewTab } from '../../../../shared/view/viewLink';

export type Tab = ViewTab;

/**
 * What the user is looking at. Everything a deep link restores lives here
 * (dataset, filter, sample, test, step, tab, problem); components read it
 * through small selectors (`useViewStore((s) => s.sampleIndex)`).
 */
export interface ViewState {
  tab: Tab;
  /** Path of the dataset as the backend knows it (what `dataset:open` takes). */
  datasetPath: string | null;
  /** Id returned by `dataset:open`. */
  datasetId: string | null;
  /** Search query in the engine's syntax, e.g. `iter:2 passed:false`. */
  query: string;
  sampleIndex: number | null;
  /** Row of the sample's tests pane (its trace drives the timeline). */
  testIndex: number;
  step: number | null;
  /** The program whose "Run & trace" trace the timeline shows; null: the first traced one (buggy first). */
  program: ViewProgram | null;
  problemId: string | null;
}

export interface ViewActions {
  set(patch: Partial<ViewState>): void;
  openTab(tab: Tab): void;
  selectSample(index: number | null): void;
  /** A new test starts with no step: steps belong to one test's trace. */
  selectTest(index: number): void;
  setStep(step: number | null): void;
  /** Another program's trace: steps belong to one trace, so the cursor is cleared. */
  showProgram(program: ViewProgram): void;
}

export const initialViewState: ViewState = {
  tab: 'samples',
  datasetPath: null,
  datasetId: null,
  query: '',
  sampleIndex: null,
  testIndex: 0,
  step: null,
  program: null,
  problemId: null,
};

export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  ...initialViewState,
  set: (patch) => set(patch),
  openTab: (tab) => set({ tab }),
  // A new sample starts at its first test and no step.
  selectSample: (index) => set({ sampleIndex: index, testIndex: 0, step: null, program: null }),
  selectTest: (index) => set({ testIndex: index, step: null }),
  setStep: (step) => set({ step }),
  showProgram: (program) => set({ program, step: null }),
}));
