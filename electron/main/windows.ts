import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import type { Theme } from '../../shared/settings/settings';
import { join } from 'node:path';
import { APP_ORIGIN } from './appProtocol';
import { loadWindowState, trackWindowState } from './windowState';

/** The same locked-down preferences for every window. */
const secureWebPreferences = (): WebPreferences => ({
  preload: join(__dirname, 'preload.cjs'),
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  spellcheck: false,
});

/** The page's background before it paints, so a light theme does not open on a dark flash (or the reverse). */
function backgroundFor(theme: Theme): string {
  const dark = theme === 'dark' || (theme === 'system' && nativeTheme.shouldUseDarkColors);
  return dark ? '#0d1117' : '#ffffff';
}

export function createMainWindow(userDataDir: string, theme: Theme): BrowserWindow {
  const state = loadWindowState(userDataDir);
  const win = new BrowserWindow({
    ...(state.placed ? state.bounds : { width: state.bounds.width, height: state.bounds.height }),
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Tracelens',
    backgroundColor: backgroundFor(theme),
    webPreferences: secureWebPreferences(),
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, userDataDir);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Settings get a window of their own, as in VS Code: the renderer shows only the settings form there. */
export function createSettingsWindow(parent: BrowserWindow | null, theme: Theme): BrowserWindow {
  const win = new BrowserWindow({
    width: 640,
    height: 560,
    title: 'Tracelens Settings',
    parent: parent ?? undefined,
    backgroundColor: backgroundFor(theme),
    show: false,
    webPreferences: secureWebPreferences(),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html?window=settings`);
  return win;
}
