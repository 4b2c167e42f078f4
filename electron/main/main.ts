import { app, BrowserWindow } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBackend } from '../backend/createBackend';
import { demoDatasetPath, rendererDir } from '../backend/paths';
import { APP_VERSION } from '../backend/version';
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './appProtocol';
import { registerIpc } from './ipc';
import { hardenWebContents } from './security';
import { loadWindowState, trackWindowState } from './windowState';

// `TRACELENS_USER_DATA` lets tests run against a fresh profile.
if (process.env.TRACELENS_USER_DATA) app.setPath('userData', resolve(process.env.TRACELENS_USER_DATA));
registerAppScheme();

/** The dataset named on the command line (`tracelens <path>`), else the bundled demo. */
function datasetFromArgv(argv: string[]): string | null {
  const args = argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-') && !a.startsWith('tracelens://'));
  const candidate = args.find((a) => existsSync(a));
  if (candidate) return resolve(candidate);
  const demo = app.isPackaged ? join(process.resourcesPath, 'datasets', 'demo') : demoDatasetPath();
  return existsSync(demo) ? demo : null;
}

function createWindow(userDataDir: string): BrowserWindow {
  const state = loadWindowState(userDataDir);
  const win = new BrowserWindow({
    ...(state.placed ? state.bounds : { width: state.bounds.width, height: state.bounds.height }),
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Tracelens',
    backgroundColor: '#0d1117',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, userDataDir);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  const userDataDir = app.getPath('userData');
  mkdirSync(userDataDir, { recursive: true });
  hardenWebContents();
  handleAppProtocol(rendererDir());
  const initialDataset = datasetFromArgv(process.argv);
  const backend = createBackend({
    host: 'electron',
    initialDataset,
    roots: [],
    userDataDir,
    resourcesDir: app.isPackaged ? process.resourcesPath : __dirname,
    versions: {
      tracelens: APP_VERSION,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
    },
  });
  registerIpc(backend, () => BrowserWindow.getAllWindows());
  createWindow(userDataDir);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(userDataDir);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void backend.services.dispose());
}

void start();
