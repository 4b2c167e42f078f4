import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { requestNames } from '../../shared/contract';
import { IPC_EVENT_CHANNEL, IPC_PREFIX } from '../../shared/contract/bridge';
import { dispatch } from '../../shared/contract/dispatch';
import type { Backend } from '../backend/createBackend';
import { APP_ORIGIN } from './appProtocol';

/** Only our own page may call the backend: not an iframe, not a page navigated elsewhere. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  try {
    // Compare scheme and host: URL.origin is "null" for custom schemes outside Electron.
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * One `ipcMain.handle` per contract request, all through `dispatch`: arguments
 * are validated there and every failure comes back as a typed error envelope.
 */
export function registerIpc(backend: Backend, windows: () => BrowserWindow[]): () => void {
  for (const name of requestNames) {
    ipcMain.handle(IPC_PREFIX + name, async (event, args: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'Request from an untrusted frame' } };
      }
      return dispatch(backend.handlers, name, args, { transport: 'ipc' });
    });
  }
  const unsubscribe = backend.hub.subscribe((name, payload) => {
    for (const win of windows()) {
      if (!win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    unsubscribe();
    for (const name of requestNames) ipcMain.removeHandler(IPC_PREFIX + name);
  };
}
