import { create } from 'zustand';
import type { DatasetSummary } from '../../../../shared/contract';
import { api } from '../../api';
import { useViewStore } from '../state/viewStore';

interface DatasetStore {
  summary: DatasetSummary | null;
  opening: boolean;
  error: string | null;
  open(path: string): Promise<void>;
}

/** The open dataset's summary, kept current by `dataset:changed` / `dataset:progress` events. */
export const useDatasetStore = create<DatasetStore>()((set) => ({
  summary: null,
  opening: false,
  error: null,
  async open(path) {
    set({ opening: true, error: null });
    try {
      const summary = await api.request('dataset:open', { path });
      set({ summary, opening: false });
      useViewStore.getState().set({ datasetPath: path, datasetId: summary.id });
    } catch (err) {
      set({ opening: false, error: err instanceof Error ? err.message : String(err) });
    }
  },
}));

/** Subscribes the store to backend events; returns the cleanup. Called once by the shell. */
export function connectDatasetEvents(): () => void {
  const offChanged = api.on('dataset:changed', ({ summary }) => {
    const current = useDatasetStore.getState().summary;
    if (!current || current.id === summary.id) useDatasetStore.setState({ summary });
  });
  const offProgress = api.on('dataset:progress', ({ datasetId, progress }) => {
    const current = useDatasetStore.getState().summary;
    if (current && current.id === datasetId) useDatasetStore.setState({ summary: { ...current, progress } });
  });
  return () => {
    offChanged();
    offProgress();
  };
}
