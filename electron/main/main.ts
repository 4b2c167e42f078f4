import { app, BrowserWindow, dialog, Menu } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { UiCommand } from '../../shared/contract/app';
import { createBackend, type Backend } from '../backend/createBackend';
import { demoDatasetPath, rendererDir } from '../backend/paths';
import { APP_VERSION } from '../backend/version';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { guardRenderer } from './crashGuard';
import { registerIpc } from './ipc';
import { parseLaunchArgs, type LaunchRequest } from './launchArgs';
import { installMainLogging } from './logging';
import { buildMenu } from './menu';
import { hardenWebContents } from './security';
import { createMainWindow, createSettingsWindow } from './windows';

// `TRACELENS_USER_DATA` lets tests run against a fresh profile.
if (process.env.TRACELENS_USER_DATA) app.setPath('userData', resolve(process.env.TRACELENS_USER_DATA));
registerAppScheme();

// One app per user: a second launch (a path from a terminal, "Open with
// Tracelens", a tracelens:// link) hands its request to the running window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

function defaultDataset(): string | null {
  const demo = app.isPackaged ? join(process.resourcesPath, 'datasets', 'demo') : demoDatasetPath();
  return existsSync(demo) ? demo : null;
}

async function start(): Promise<void> {
  // macOS delivers files and links as events, possibly before `ready`.
  const early: LaunchRequest = parseLaunchArgs(process.argv.slice(1), process.cwd());
  app.on('open-file', (event, path) => {
    event.preventDefault();
    early.path = path;
    deliver({ path, link: null });
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    early.link = url;
    deliver({ path: null, link: url });
  });
  if (!process.defaultApp) app.setAsDefaultProtocolClient('tracelens');
  else if (process.argv[1]) app.setAsDefaultProtocolClient('tracelens', process.execPath, [resolve(process.argv[1])]);

  await app.whenReady();
  const userDataDir = app.getPath('userData');
  mkdirSync(userDataDir, { recursive: true });
  const log = installMainLogging(userDataDir);
  hardenWebContents();
  handleAppProtocol(rendererDir());

  let settingsWindow: BrowserWindow | null = null;
  const backend: Backend = createBackend({
    host: 'electron',
    initialDataset: early.path ?? defaultDataset(),
    initialLink: early.link,
    roots: [],
    userDataDir,
    resourcesDir: app.isPackaged ? process.resourcesPath : __dirname,
    versions: {
      tracelens: APP_VERSION,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
      v8: process.versions.v8,
    },
    desktop: {
      async pickDataset(kind) {
        const win = BrowserWindow.getFocusedWindow() ?? mainWindow();
        const options: Electron.OpenDialogOptions = {
          title: kind === 'folder' ? 'Open dataset folder' : 'Open dataset file',
          properties: kind === 'folder' ? ['openDirectory'] : ['openFile'],
          filters: kind === 'folder' ? [] : [{ name: 'Datasets', extensions: ['jsonl', 'gz', 'json'] }, { name: 'All files', extensions: ['*'] }],
        };
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      openSettingsWindow() {
        if (settingsWindow && !settingsWindow.isDestroyed()) return settingsWindow.focus();
        settingsWindow = createSettingsWindow(mainWindow(), backend.services.settings.get().theme);
      },
    },
  });
  registerIpc(backend, () => BrowserWindow.getAllWindows());

  let main: BrowserWindow | null = null;
  const mainWindow = (): BrowserWindow | null => (main && !main.isDestroyed() ? main : null);
  const sendCommand = (command: UiCommand) => backend.hub.emit('app:command', { command });
  const refreshMenu = () =>
    Menu.setApplicationMenu(
      buildMenu({
        recent: () => backend.services.recent.list(),
        openPath: (path) => deliver({ path, link: null }),
        pickAndOpen: (kind) =>
          void backend.ctx.desktop!.pickDataset(kind).then((path) => path && deliver({ path, link: null })),
        clearRecent: () => {
          backend.services.recent.clear();
          refreshMenu();
        },
        command: sendCommand,
        openSettings: () => backend.ctx.desktop!.openSettingsWindow(),
      }),
    );
  refreshMenu();
  // Open Recent follows every successful open.
  backend.hub.subscribe((name) => {
    if (name === 'dataset:changed') refreshMenu();
  });
  if (backend.services.settings.warning) log(backend.services.settings.warning);

  const openMainWindow = () => {
    main = createMainWindow(userDataDir, backend.services.settings.get().theme);
    guardRenderer(main, log);
  };
  openMainWindow();

  function deliver(request: LaunchRequest): void {
    const target = mainWindow();
    if (target) {
      if (target.isMinimized()) target.restore();
      target.focus();
    }
    backend.hub.emit('app:open', { ...(request.path ? { path: request.path } : {}), ...(request.link ? { link: request.link } : {}) });
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const request = parseLaunchArgs(argv.slice(1), workingDirectory);
    if (request.path || request.link) deliver(request);
    else mainWindow()?.focus();
  });
  app.on('activate', () => {
    if (!mainWindow()) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void backend.services.dispose());
}
