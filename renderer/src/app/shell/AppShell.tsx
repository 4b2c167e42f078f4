import { useEffect } from 'react';
import { api } from '../../api';
import { DashboardView } from '../dashboard/DashboardView';
import { ProblemView } from '../compare/ProblemView';
import { LabelsView } from '../annotation/LabelsView';
import { SamplesView } from '../samples/SamplesView';
import { connectDatasetEvents, useDatasetStore } from '../dataset/datasetStore';
import { useViewStore, type Tab } from '../state/viewStore';
import { TopBar } from './TopBar';

const views: Record<Tab, () => React.JSX.Element> = {
  samples: SamplesView,
  problem: ProblemView,
  dashboard: DashboardView,
  labels: LabelsView,
};

/** The window: a top bar (dataset, progress, tabs) over the active feature view. */
export function AppShell() {
  const tab = useViewStore((s) => s.tab);
  const open = useDatasetStore((s) => s.open);

  useEffect(() => connectDatasetEvents(), []);

  useEffect(() => {
    // Open the dataset the app was started with, unless the URL names another.
    let cancelled = false;
    const fromUrl = new URLSearchParams(window.location.search).get('dataset');
    api
      .request('app:info', {})
      .then((info) => {
        const path = fromUrl ?? info.initialDataset;
        if (!cancelled && path) void open(path);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [open]);

  const View = views[tab];
  return (
    <div className="app-shell" data-testid="app-shell">
      <TopBar />
      <main className="app-main">
        <View />
      </main>
    </div>
  );
}
