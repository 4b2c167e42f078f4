import { useEffect } from 'react';
import { AppDialogs } from '../commands/AppDialogs';
import { DashboardView } from '../dashboard/DashboardView';
import { ProblemView } from '../compare/ProblemView';
import { LabelsView } from '../annotation/LabelsView';
import { SamplesView } from '../samples/SamplesView';
import { connectDatasetEvents } from '../dataset/datasetStore';
import { connectSettingsEvents, useTheme } from '../settings/settingsStore';
import { applyTheme } from '../theme/theme';
import { useViewStore, type Tab } from '../state/viewStore';
import { DropZone } from './DropZone';
import { Notices } from './Notices';
import { TopBar } from './TopBar';
import { useAppEvents } from './useAppEvents';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useStartup } from './useStartup';
import { connectUrlSync } from '../state/urlSync';
import '../commands/commands.css';

const views: Record<Tab, () => React.JSX.Element> = {
  samples: SamplesView,
  problem: ProblemView,
  dashboard: DashboardView,
  labels: LabelsView,
};

/** The window: a top bar (dataset, progress, tabs) over the active feature view. */
export function AppShell() {
  const tab = useViewStore((s) => s.tab);
  const theme = useTheme();

  useEffect(() => connectDatasetEvents(), []);
  useEffect(() => connectSettingsEvents(), []);
  useEffect(() => applyTheme(theme), [theme]);
  // The URL follows the view on every tab, so any view can be shared as a link.
  useEffect(() => connectUrlSync(), []);
  useStartup();
  useAppEvents();
  useGlobalShortcuts();

  const View = views[tab];
  return (
    <div className="app-shell" data-testid="app-shell">
      <TopBar />
      <main className="app-main">
        <View />
      </main>
      <AppDialogs />
      <Notices />
      <DropZone />
    </div>
  );
}
