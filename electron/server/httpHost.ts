import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../shared/contract/dispatch';
import type { Envelope, RpcErrorCode } from '../../shared/contract';
import type { Backend } from '../backend/createBackend';
import { isAllowedHostHeader, isAuthorised, rpcRefusal, SECURITY_HEADERS, TOKEN_COOKIE } from './security';
import { serveStatic } from './staticFiles';

export interface HttpHostOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  host: string;
  port: number;
  /** Required on every request when set (non-loopback binds). */
  token: string | null;
}

/** Largest request body accepted: arguments are small, a huge body is an attack or a bug. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

const STATUS: Record<RpcErrorCode, number> = {
  'bad-request': 400,
  forbidden: 403,
  'not-found': 404,
  unavailable: 503,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function errorEnvelope(code: RpcErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleRpc(backend: Backend, name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, errorEnvelope('bad-request', 'Use POST for requests'));
  const refusal = rpcRefusal(req);
  if (refusal) return sendJson(res, 403, errorEnvelope('forbidden', refusal));
  let args: unknown;
  try {
    const body = await readBody(req);
    args = body.trim() === '' ? {} : JSON.parse(body);
  } catch (err) {
    return sendJson(res, 400, errorEnvelope('bad-request', `Malformed request body: ${(err as Error).message}`));
  }
  const envelope = await dispatch(backend.handlers, name, args, { transport: 'http' });
  sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
}

function handleEvents(backend: Backend, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = backend.hub.subscribe((name, payload) => {
    res.write(`data: ${JSON.stringify({ name, payload })}\n\n`);
  });
  // Comments keep proxies and SSH tunnels from closing an idle stream.
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

function parseRequestUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

function decodeName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** The browser host: the built renderer plus the contract over HTTP and server-sent events. */
export function createHttpHost(options: HttpHostOptions): Server {
  const { backend, staticDir, host, token } = options;
  return createServer((req, res) => {
    const url = parseRequestUrl(req.url);
    if (!url) {
      // e.g. "GET http://[::1 HTTP/1.1": new URL throws, and a throw here would end the whole server.
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Malformed request URL');
      return;
    }
    if (!isAllowedHostHeader(req, host, token)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden host');
      return;
    }
    if (!isAuthorised(req, url, token)) {
      if (url.pathname.startsWith('/api/')) return sendJson(res, 403, errorEnvelope('forbidden', 'Missing or wrong token'));
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('This Tracelens server requires a token: open the URL that `tracelens serve` printed (it ends with ?token=...).');
      return;
    }
    if (token !== null && url.searchParams.get('token') === token) {
      // Remember the token so that assets and the event stream need no query string.
      res.setHeader('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
    }
    if (url.pathname.startsWith('/api/rpc/')) {
      const name = decodeName(url.pathname.slice('/api/rpc/'.length));
      if (name === null) return sendJson(res, 400, errorEnvelope('bad-request', 'Malformed request name'));
      void handleRpc(backend, name, req, res).catch((err) => {
        if (!res.headersSent) sendJson(res, 500, errorEnvelope('internal', String(err)));
      });
      return;
    }
    if (url.pathname === '/api/events') return handleEvents(backend, req, res);
    if (url.pathname.startsWith('/api/')) return sendJson(res, 404, errorEnvelope('not-found', `No such endpoint: ${url.pathname}`));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(staticDir, url.pathname, res);
  });
}

export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(server.address() as AddressInfo);
    });
  });
}
