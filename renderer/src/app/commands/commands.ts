import type { UiCommand } from '../../../../shared/contract';
import { api } from '../../api';
import { useDatasetStore } from '../dataset/datasetStore';
import { useSettingsStore } from '../settings/settingsStore';
import { useViewStore, type Tab } from '../state/viewStore';
import { useDialogStore } from './dialogStore';

export interface AppCommand {
  id: string;
  title: string;
  group: 'File' | 'Go' | 'View' | 'Help';
  /** Shown in the palette and the shortcut sheet (`Mod` is Ctrl, or ⌘ on macOS). */
  shortcut?: string;
  run(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
export const formatShortcut = (s: string) => (isMac ? s.replace(/Mod\+/g, '⌘').replace(/Shift\+/g, '⇧') : s.replace(/Mod\+/g, 'Ctrl+'));

/** Asks for a dataset: the native dialog on the desktop, the path field in the browser. */
export async function openDatasetInteractively(kind: 'file' | 'folder' = 'file'): Promise<void> {
  if (api.transport === 'electron') {
    const { path } = await api.request('app:pick-dataset', { kind });
    if (path) await useDatasetStore.getState().open(path);
    return;
  }
  // The browser cannot show a native dialog: open the path form of the top bar.
  useDatasetStore.getState().showOpenForm();
}

const goTo = (tab: Tab) => () => useViewStore.getState().openTab(tab);

/** Every action of the app, for the command palette, the shortcut sheet and the menu. */
export function appCommands(): AppCommand[] {
  const dialogs = useDialogStore.getState();
  const setTheme = (theme: 'system' | 'light' | 'dark') => () => void useSettingsStore.getState().update({ theme });
  return [
    { id: 'file.open', title: 'Open dataset file…', group: 'File', shortcut: 'Mod+O', run: () => void openDatasetInteractively('file') },
    { id: 'file.openFolder', title: 'Open dataset folder…', group: 'File', shortcut: 'Mod+Shift+O', run: () => void openDatasetInteractively('folder') },
    { id: 'file.settings', title: 'Settings…', group: 'File', shortcut: 'Mod+,', run: () => void openSettings() },
    { id: 'go.samples', title: 'Go to Samples', group: 'Go', shortcut: 'Alt+1', run: goTo('samples') },
    { id: 'go.problem', title: 'Go to Problem comparison', group: 'Go', shortcut: 'Alt+2', run: goTo('problem') },
    { id: 'go.dashboard', title: 'Go to Dashboard', group: 'Go', shortcut: 'Alt+3', run: goTo('dashboard') },
    { id: 'go.labels', title: 'Go to Labels', group: 'Go', shortcut: 'Alt+4', run: goTo('labels') },
    { id: 'view.palette', title: 'Command palette', group: 'View', shortcut: 'Mod+K', run: () => dialogs.show('palette') },
    { id: 'view.theme.system', title: 'Theme: follow system', group: 'View', run: setTheme('system') },
    { id: 'view.theme.light', title: 'Theme: light', group: 'View', run: setTheme('light') },
    { id: 'view.theme.dark', title: 'Theme: dark', group: 'View', run: setTheme('dark') },
    { id: 'help.shortcuts', title: 'Keyboard shortcuts', group: 'Help', shortcut: 'Mod+/', run: () => dialogs.show('shortcuts') },
    { id: 'help.about', title: 'About Tracelens', group: 'Help', run: () => dialogs.show('about') },
  ];
}

async function openSettings(): Promise<void> {
  const { opened } = await api.request('app:open-settings', {});
  if (!opened) useDialogStore.getState().show('settings');
}

/** What a menu item (desktop) asks of the UI. */
export function runUiCommand(command: UiCommand): void {
  const byCommand: Record<UiCommand, string> = {
    'open-dataset': 'file.open',
    'command-palette': 'view.palette',
    'keyboard-shortcuts': 'help.shortcuts',
    about: 'help.about',
    settings: 'file.settings',
    'theme:system': 'view.theme.system',
    'theme:light': 'view.theme.light',
    'theme:dark': 'view.theme.dark',
  };
  appCommands().find((c) => c.id === byCommand[command])?.run();
}

/** Matches a keydown against a shortcut such as `Mod+Shift+O` or `Alt+1`. */
export function matchesShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toLowerCase();
  const mod = parts.includes('Mod');
  const wantsCtrl = mod && !isMac;
  const wantsMeta = mod && isMac;
  return (
    e.key.toLowerCase() === key &&
    e.ctrlKey === wantsCtrl &&
    e.metaKey === wantsMeta &&
    e.altKey === parts.includes('Alt') &&
    e.shiftKey === parts.includes('Shift')
  );
}
