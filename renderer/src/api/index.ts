import type { PreloadBridge } from '../../../shared/contract/bridge';
import { createClient, type ApiClient } from './client';
import { createElectronTransport } from './electronTransport';
import { createHttpTransport } from './httpTransport';

export { ApiError, type ApiClient } from './client';

declare global {
  interface Window {
    tracelens?: PreloadBridge;
  }
}

/** The serve-mode token: from the printed URL, kept for reloads after the URL no longer shows it. */
function tokenFromLocation(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  try {
    if (fromUrl) sessionStorage.setItem('tracelens.token', fromUrl);
    return fromUrl ?? sessionStorage.getItem('tracelens.token');
  } catch {
    // Storage blocked by the browser (it throws on access): the token cookie still authorises the page.
    return fromUrl;
  }
}

/** The one client of the app: Electron IPC when the preload bridge exists, HTTP otherwise. */
export const api: ApiClient = createClient(
  window.tracelens ? createElectronTransport(window.tracelens) : createHttpTransport('', tokenFromLocation()),
);
