import { net, protocol } from 'electron';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveInside } from '../server/staticFiles';
import { SECURITY_HEADERS } from '../server/security';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://tracelens';

/**
 * The renderer loads from `app://tracelens/`, a standard secure scheme: one
 * stable origin across launches (IndexedDB labels live there), fetch works,
 * and file:// is never used. Must run before `app.ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** Serves the renderer build, refusing anything outside it, with the strict CSP. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'tracelens') return new Response('Not found', { status: 404 });
    const file = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return new Response('Forbidden', { status: 403 });
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (!response || !response.ok) {
      // A missing asset is a 404, as in serve mode: answering it with the page would hide the error.
      if (extname(url.pathname)) return new Response('Not found', { status: 404 });
      // Deep links such as app://tracelens/?sample=3 resolve to the one page.
      const index = await net.fetch(pathToFileURL(resolveInside(rendererDir, '/index.html')!).toString());
      return withHeaders(index);
    }
    return withHeaders(response);
  });
}

function withHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
  return new Response(response.body, { status: response.status, headers });
}
