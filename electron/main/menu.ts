import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentEntry, UiCommand } from '../../shared/contract/app';

export interface MenuActions {
  recent(): RecentEntry[];
  openPath(path: string): void;
  pickAndOpen(kind: 'file' | 'folder'): void;
  clearRecent(): void;
  command(command: UiCommand): void;
  openSettings(): void;
}

const isMac = process.platform === 'darwin';

/**
 * The application menu with the platform's standard roles and accelerators.
 * Items that act on the UI send an `app:command` event; the command palette
 * lists the same actions with the same shortcuts.
 */
export function buildMenu(actions: MenuActions): Menu {
  const recent = actions.recent();
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((entry) => ({
          label: entry.exists ? entry.path : `${entry.path} (missing)`,
          enabled: entry.exists,
          click: () => actions.openPath(entry.path),
        })),
        { type: 'separator' as const },
        { label: 'Clear Recently Opened', click: () => actions.clearRecent() },
      ]
    : [{ label: 'No recent datasets', enabled: false }];

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.name, submenu: [{ role: 'about' as const }, { type: 'separator' as const }, { label: 'Settings…', accelerator: 'Cmd+,', click: () => actions.openSettings() }, { type: 'separator' as const }, { role: 'services' as const }, { type: 'separator' as const }, { role: 'hide' as const }, { role: 'hideOthers' as const }, { role: 'unhide' as const }, { type: 'separator' as const }, { role: 'quit' as const }] }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Dataset File…', accelerator: 'CmdOrCtrl+O', click: () => actions.pickAndOpen('file') },
        { label: 'Open Dataset Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.pickAndOpen('folder') },
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        ...(isMac ? [] : [{ label: 'Settings…', accelerator: 'Ctrl+,', click: () => actions.openSettings() }, { type: 'separator' as const }]),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { label: '&Edit', submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    {
      label: '&View',
      submenu: [
        { label: 'Command Palette…', accelerator: 'CmdOrCtrl+K', click: () => actions.command('command-palette') },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [
            { label: 'Follow System', click: () => actions.command('theme:system') },
            { label: 'Light', click: () => actions.command('theme:light') },
            { label: 'Dark', click: () => actions.command('theme:dark') },
          ],
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
      ],
    },
    { label: '&Window', submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }] },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.command('keyboard-shortcuts') },
        { type: 'separator' },
        { label: 'About Tracelens', click: () => actions.command('about') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
