import { join } from 'node:path';
import type { BackendContext } from './context';
import { LabelJournal } from '../services/labels/journal';
import { LabelIndex } from '../services/labels/labelIndex';
import { RecentStore } from '../services/recent/recentStore';
import { SettingsStore } from '../services/settings/settingsStore';
import { TraceService } from '../services/trace';
import { DatasetService } from '../services/dataset/datasetService';
import { installGroundingColumn } from '../services/dataset/derived/grounding';
import { createAnalysisService, type AnalysisService } from '../services/analysis/analysisService';
import { datasetColumnsSource } from '../services/analysis/datasetColumns';

/**
 * The long-lived Node-side services, created once per backend. Each domain
 * adds its service here (one line in the interface, one in `createServices`);
 * handlers receive them and stay thin.
 */
export interface Services {
  settings: SettingsStore;
  recent: RecentStore;
  /** Sandboxed Python tracer with a content-hash cache (issue 4). */
  trace: TraceService;
  /** Dataset engine: worker-pool indexing, on-disk index cache, queries (issue 3). */
  datasets: DatasetService;
  /** Dashboard, flips, problem grids and paired comparisons from the engine's columns (issue 6). */
  analysis: AnalysisService;
  /** Append-only, fsync'd label journal per dataset (issue 7). */
  labelJournal: LabelJournal;
  /** Which samples carry labels, replayed from the journal; evaluates `label:` filters. */
  labelIndex: LabelIndex;
  /** Stops workers, flushes journals. Called when the app or server shuts down. */
  dispose(): Promise<void>;
}

export function createServices(ctx: BackendContext): Services {
  const disposers: Array<() => Promise<void> | void> = [];
  const settings = new SettingsStore(ctx.userDataDir);
  const recent = new RecentStore(ctx.userDataDir);
  const trace = new TraceService({ resourcesDir: ctx.resourcesDir, cacheDir: join(ctx.userDataDir, 'trace-cache'), pythonPath: () => settings.get().pythonPath });
  disposers.push(() => trace.dispose());
  // The trace-grounding check runs as the engine's derived column (grounding:contradicted, stats per iteration).
  installGroundingColumn();
  const datasets = new DatasetService({
    cacheDir: join(ctx.userDataDir, 'index-cache'),
    eagerWorkers: true,
    watch: true,
    onProgress: (datasetId, progress) => ctx.hub.emit('dataset:progress', { datasetId, progress }),
    onChanged: (summary) => ctx.hub.emit('dataset:changed', { summary }),
  });
  disposers.push(() => datasets.dispose());
  const labelJournal = new LabelJournal(ctx.userDataDir);
  disposers.push(() => labelJournal.flush());
  const labelIndex = new LabelIndex((id) => labelJournal.read(id));
  datasets.labelFilter = labelIndex;
  // Label changes count as a new data version, so a dashboard filtered by `label:` recomputes.
  const analysis = createAnalysisService(datasetColumnsSource(datasets, (id) => labelIndex.version(id)));
  // The analysis runs in its own worker thread (stopped here).
  disposers.push(() => analysis.dispose());
  return {
    settings,
    recent,
    trace,
    datasets,
    analysis,
    labelJournal,
    labelIndex,
    async dispose() {
      for (const d of disposers.reverse()) await d();
    },
  };
}
