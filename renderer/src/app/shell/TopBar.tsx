import { useDatasetStore } from '../dataset/datasetStore';
import { DatasetBar } from '../dataset/DatasetBar';
import { useViewStore, type Tab } from '../state/viewStore';
import { formatShortcut } from '../commands/commands';
import { useDialogStore } from '../commands/dialogStore';
import { ThemeToggle } from '../theme/ThemeToggle';

const tabs: { id: Tab; label: string }[] = [
  { id: 'samples', label: 'Samples' },
  { id: 'problem', label: 'Problem' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'labels', label: 'Labels' },
];

export function TopBar() {
  const tab = useViewStore((s) => s.tab);
  const openTab = useViewStore((s) => s.openTab);
  const summary = useDatasetStore((s) => s.summary);
  const error = useDatasetStore((s) => s.error);
  const showDialog = useDialogStore((s) => s.show);
  return (
    <header className="top-bar">
      <span className="brand">Tracelens</span>
      <span className="dataset-name" data-testid="dataset-name" title={summary?.path}>
        {summary ? summary.name : 'No dataset open'}
      </span>
      <DatasetBar />
      {error && (
        <span className="error-text" role="alert" data-testid="dataset-error">
          {error}
        </span>
      )}
      <nav className="tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} role="tab" aria-selected={tab === t.id} data-testid={`tab-${t.id}`} onClick={() => openTab(t.id)}>
            {t.label}
          </button>
        ))}
      </nav>
      <ThemeToggle />
      <button title={`Command palette (${formatShortcut('Mod+K')})`} data-testid="open-palette" onClick={() => showDialog('palette')}>
        {formatShortcut('Mod+K')}
      </button>
    </header>
  );
}
