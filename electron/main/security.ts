import { app, session, shell } from 'electron';
import { APP_ORIGIN } from './appProtocol';

/**
 * The one permission the app uses: the copy buttons (share link, stats table,
 * skipped lines) write text with `navigator.clipboard.writeText`, which
 * Electron gates as `clipboard-sanitized-write`. Anything else, or any other
 * origin, is refused.
 */
export function isPermissionGranted(permission: string, requester: string): boolean {
  const fromApp = requester === APP_ORIGIN || requester.startsWith(`${APP_ORIGIN}/`);
  return fromApp && permission === 'clipboard-sanitized-write';
}

/**
 * Hardening for every web contents: no navigation away from the app, no new
 * windows (http/https links open in the system browser), no permissions but
 * clipboard writes, no webviews.
 */
export function hardenWebContents(): void {
  // Chromium checks a permission first and asks only when the check fails: both must answer the same.
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl || wc.getURL())),
  );
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) {
        event.preventDefault();
        openExternalSafely(url);
      }
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url);
      return { action: 'deny' };
    });
  });
}

function openExternalSafely(url: string): void {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'https:' || protocol === 'http:') void shell.openExternal(url);
  } catch {
    // Not a URL: nothing to open.
  }
}
