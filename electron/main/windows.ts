import { BrowserWindow, type WebPreferences } from 'electron';
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

export function createMainWindow(userDataDir: string): BrowserWindow {
  const state = loadWindowState(userDataDir);
  const win = new BrowserWindow({
    ...(state.placed ? state.bounds : { width: state.bounds.width, height: state.bounds.height }),
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Tracelens',
    backgroundColor: '#0d1117',
    webPreferences: secureWebPreferences(),
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, userDataDir);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Settings get a window of their own, as in VS Code: the renderer shows only the settings form there. */
export function createSettingsWindow(parent: BrowserWindow | null): BrowserWindow {
  const win = new BrowserWindow({
    width: 640,
    height: 560,
    title: 'Tracelens Settings',
    parent: parent ?? undefined,
    show: false,
    webPreferences: secureWebPreferences(),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html?window=settings`);
  return win;
}
