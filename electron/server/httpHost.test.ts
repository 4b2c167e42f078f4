import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../backend/createBackend';
import { createHttpHost, listen } from './httpHost';

const staticDir = mkdtempSync(join(tmpdir(), 'tl-static-'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tracelens</title>');
mkdirSync(join(staticDir, 'assets'));
writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
const secretDir = mkdtempSync(join(tmpdir(), 'tl-secret-'));
writeFileSync(join(secretDir, 'secret.txt'), 'top secret');

let server: Server | null = null;
let backend: Backend | null = null;

async function start(host: string, token: string | null) {
  backend = createBackend({
    host: 'serve',
    initialDataset: null,
    roots: [staticDir],
    userDataDir: mkdtempSync(join(tmpdir(), 'tl-user-')),
    resourcesDir: staticDir,
    versions: {},
  });
  server = createHttpHost({ backend, staticDir, host, port: 0, token });
  const address = await listen(server, 0, host);
  return `http://127.0.0.1:${address.port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await backend?.services.dispose();
  server = null;
});

const rpc = (base: string, name: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/rpc/${name}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('browser host on loopback', () => {
  it('serves the renderer with a strict CSP and answers requests', async () => {
    const base = await start('127.0.0.1', null);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Tracelens</title>');
    const res = await rpc(base, 'app:ping', JSON.stringify({ message: 'hello' }));
    expect(await res.json()).toMatchObject({ ok: true, value: { pong: 'hello' } });
  });

  it('answers malformed calls with typed errors and keeps running', async () => {
    const base = await start('127.0.0.1', null);
    const bad = [
      await rpc(base, 'app:ping', '{not json'),
      await rpc(base, 'app:ping', JSON.stringify({ message: { nested: true } })),
      await rpc(base, 'no:such-request', '{}'),
    ];
    for (const res of bad) {
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    const still = await rpc(base, 'app:ping', JSON.stringify({ message: 'alive' }));
    expect(await still.json()).toMatchObject({ ok: true, value: { pong: 'alive' } });
  });

  it('never serves a file outside the renderer build', async () => {
    const base = await start('127.0.0.1', null);
    for (const path of ['/../' + secretDir + '/secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fsecret.txt']) {
      const res = await fetch(base + path);
      expect(await res.text()).not.toContain('top secret');
      expect(await res.text().catch(() => '')).not.toContain('root:');
    }
  });

  it('refuses a dataset outside the served roots', async () => {
    const base = await start('127.0.0.1', null);
    const res = await rpc(base, 'dataset:open', JSON.stringify({ path: join(secretDir, 'secret.txt') }));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses calls another web page could forge (no JSON content type, a foreign Origin)', async () => {
    const base = await start('127.0.0.1', null);
    const body = JSON.stringify({ message: 'x' });
    const forged = [
      // What <form method=post> or fetch(..., { mode: 'no-cors' }) from any site can send without a preflight.
      await fetch(`${base}/api/rpc/app:ping`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } }),
      await rpc(base, 'app:ping', body, { origin: 'https://evil.example' }),
      await rpc(base, 'app:ping', body, { 'sec-fetch-site': 'cross-site' }),
    ];
    for (const res of forged) {
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const own = await rpc(base, 'app:ping', body, { origin: base });
    expect(await own.json()).toMatchObject({ ok: true, value: { pong: 'x' } });
  });

  it('answers a malformed request line with 400 and keeps serving', async () => {
    const base = await start('127.0.0.1', null);
    const { connect } = await import('node:net');
    const raw = (line: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(Number(new URL(base).port), '127.0.0.1', () => socket.write(`${line}\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`));
        let text = '';
        socket.on('data', (d) => {
          text += d;
          socket.destroy();
        });
        socket.on('close', () => resolve(text.split('\r\n')[0]!));
      });
    expect(await raw('GET http://[::1 HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
    expect(await raw('POST /api/rpc/%E0%A4%A HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
    const still = await rpc(base, 'app:ping', JSON.stringify({ message: 'alive' }));
    expect(await still.json()).toMatchObject({ ok: true, value: { pong: 'alive' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const base = await start('127.0.0.1', null);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(`${base}/`, { headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(403);
  });

  it('pushes backend events over server-sent events', async () => {
    const base = await start('127.0.0.1', null);
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read(); // the ": connected" comment
    backend!.hub.emit('app:notice', { level: 'info', message: 'indexed' });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"message":"indexed"');
    controller.abort();
  });
});

describe('browser host beyond loopback', () => {
  it('requires the token, accepts it from the URL and remembers it in a cookie', async () => {
    const base = await start('0.0.0.0', 'sekret-token');
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await rpc(base, 'app:ping', '{"message":"x"}')).status).toBe(403);
    expect((await rpc(base, 'app:ping', '{"message":"x"}', { 'x-tracelens-token': 'wrong' })).status).toBe(403);
    const page = await fetch(`${base}/?token=sekret-token`);
    expect(page.status).toBe(200);
    const cookie = page.headers.get('set-cookie')!.split(';')[0];
    expect((await fetch(`${base}/assets/app.js`, { headers: { cookie } })).status).toBe(200);
    const ok = await rpc(base, 'app:ping', '{"message":"x"}', { 'x-tracelens-token': 'sekret-token' });
    expect(await ok.json()).toMatchObject({ ok: true });
  });
});
