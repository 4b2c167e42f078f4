// Runs sandboxed, before the renderer, with context isolation: it exposes one
// function per contract request (grouped by domain) and a subscription limited
// to the contract's event names. The renderer never sees ipcRenderer.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { eventNames, requestNames } from '../../shared/contract';
import { IPC_EVENT_CHANNEL, IPC_PREFIX, splitRequestName, type PreloadBridge } from '../../shared/contract/bridge';

const api: PreloadBridge['api'] = {};
for (const name of requestNames) {
  const [domain, verb] = splitRequestName(name);
  (api[domain] ??= {})[verb] = (args: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, args);
}

const allowedEvents = new Set<string>(eventNames);

const bridge: PreloadBridge = {
  api,
  on(event, listener) {
    if (!allowedEvents.has(event)) throw new Error(`Unknown event: ${event}`);
    const handler = (_e: Electron.IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
  // Drag and drop: the page sees File objects only; their paths come from here.
  pathForFile(file) {
    // The bridge type is platform-neutral; here it is a DOM File.
    return webUtils.getPathForFile(file as File);
  },
};

contextBridge.exposeInMainWorld('tracelens', bridge);
