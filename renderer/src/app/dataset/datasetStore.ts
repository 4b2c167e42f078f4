import { create } from 'zustand';
import type { DatasetSummary, LabelFacets } from '../../../../shared/contract';
import { api } from '../../api';
import { useViewStore } from '../state/viewStore';
import { addRecent, loadRecent, saveRecent } from './recentPaths';
import { applyChanged, applyProgress, isLaterSummary } from './summaryMerge';

interface DatasetStore {
  summary: DatasetSummary | null;
  opening: boolean;
  error: string | null;
  /** The mapping JSON the dataset was last opened with, so the form can start from it. */
  mapping: string | null;
  /** Per dataset id, what `label:` filters see of its labels (pushed by `dataset:labels-changed`). */
  labels: Record<string, LabelFacets>;
  /** Recently opened paths, newest first (persisted in localStorage). */
  recent: string[];
  /** Opens a dataset; resolves true on success (the error is in `error` otherwise). */
  open(path: string, mapping?: string): Promise<boolean>;
  clearError(): void;
  /** Whether the top bar's "Open…" form shows (File ▸ Open in the browser, Ctrl+O). */
  openFormVisible: boolean;
  showOpenForm(visible?: boolean): void;
}

// Summaries pushed by events for a dataset that is not (yet) the current one:
// `dataset:changed` can overtake the `dataset:open` answer that introduces it.
const early = new Map<string, DatasetSummary>();

/** The open dataset's summary, kept current by `dataset:changed` / `dataset:progress` events. */
export const useDatasetStore = create<DatasetStore>()((set, get) => ({
  summary: null,
  opening: false,
  error: null,
  mapping: null,
  labels: {},
  recent: loadRecent(),
  async open(path, mapping) {
    set({ opening: true, error: null });
    try {
      const answer = await api.request('dataset:open', mapping ? { path, mapping } : { path });
      const current = get().summary;
      const candidates = [early.get(answer.id), current?.id === answer.id ? current : undefined];
      early.clear();
      const summary = candidates.reduce<DatasetSummary>((best, c) => (c && isLaterSummary(c, best) ? c : best), answer);
      const recent = addRecent(get().recent, path);
      saveRecent(recent);
      set({ summary, opening: false, mapping: mapping ?? null, recent });
      const view = useViewStore.getState();
      // A different dataset invalidates the selected sample; the same one (a
      // deep link naming its sample, a re-open with a mapping) keeps it.
      const patch = view.datasetId !== null && view.datasetId !== summary.id ? { sampleIndex: null } : {};
      view.set({ datasetPath: path, datasetId: summary.id, ...patch });
      return true;
    } catch (err) {
      set({ opening: false, error: err instanceof Error ? err.message : String(err) });
      return false;
    }
  },
  clearError: () => set({ error: null }),
  openFormVisible: false,
  // Closing the form also drops a stale error, so the next attempt starts clean.
  showOpenForm: (visible = true) => set(visible ? { openFormVisible: true } : { openFormVisible: false, error: null }),
}));

/** Subscribes the store to backend events; returns the cleanup. Called once by the shell. */
export function connectDatasetEvents(): () => void {
  const offChanged = api.on('dataset:changed', ({ summary }) => {
    const current = useDatasetStore.getState().summary;
    if (current && current.id !== summary.id) {
      early.set(summary.id, summary);
      return;
    }
    const next = applyChanged(current, summary);
    if (next !== current) useDatasetStore.setState({ summary: next });
  });
  const offProgress = api.on('dataset:progress', ({ datasetId, progress }) => {
    const current = useDatasetStore.getState().summary;
    const next = applyProgress(current, datasetId, progress);
    if (next !== current) useDatasetStore.setState({ summary: next });
  });
  const offLabels = api.on('dataset:labels-changed', (facets) => {
    const { labels } = useDatasetStore.getState();
    // Events can cross on the wire: an older version never replaces a newer one.
    if ((labels[facets.datasetId]?.version ?? -1) > facets.version) return;
    useDatasetStore.setState({ labels: { ...labels, [facets.datasetId]: facets } });
  });
  return () => {
    offChanged();
    offProgress();
    offLabels();
  };
}
