import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The Content-Security-Policy of every page Tracelens serves (desktop and browser host). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the highlighter set element styles; no inline <script> is ever allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The annotation worker is a bundled file (Vite emits it under assets/); no blob: or data: workers.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** A token like Jupyter's: 24 random bytes, URL-safe. */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

export const TOKEN_COOKIE = 'tracelens_token';

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token a request carries: header, `?token=` or the cookie set on first visit. */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
  const header = req.headers['x-tracelens-token'];
  if (typeof header === 'string') return header;
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const cookie = req.headers.cookie ?? '';
  const match = cookie.split(/;\s*/).find((c) => c.startsWith(`${TOKEN_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(TOKEN_COOKIE.length + 1)) : null;
}

export function isAuthorised(req: IncomingMessage, url: URL, token: string | null): boolean {
  if (token === null) return true;
  const given = tokenOf(req, url);
  return given !== null && safeEqual(given, token);
}

/**
 * On loopback there is no token, so refuse requests whose Host header names
 * another host: that is what a DNS-rebinding page would send.
 */
export function isAllowedHostHeader(req: IncomingMessage, boundHost: string, token: string | null): boolean {
  if (token !== null || !isLoopbackHost(boundHost)) return true;
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  return isLoopbackHost(host);
}

/**
 * On loopback there is no token, so any web page the user visits could POST
 * to the API (a "simple" cross-site request needs no CORS preflight) and, for
 * example, run Python through `trace:run`. Calls are refused unless they carry
 * a JSON body (which a cross-site page can only send after a preflight this
 * server never grants) and, when the browser names the caller, come from this
 * server's own origin.
 */
export function rpcRefusal(req: IncomingMessage): string | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return 'Requests must be sent as application/json';
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'Cross-site requests are refused';
  const origin = req.headers.origin;
  if (origin !== undefined && !isSameOrigin(origin, req.headers.host)) return `Requests from ${origin.slice(0, 100)} are refused`;
  return null;
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
