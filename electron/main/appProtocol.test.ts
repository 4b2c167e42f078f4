import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

// app:// without an Electron binary: protocol.handle is recorded, net.fetch reads files.
const h = vi.hoisted(() => ({ handler: null as null | ((req: Request) => Promise<Response>) }));
vi.mock('electron', () => ({
  protocol: { handle: (_scheme: string, fn: (req: Request) => Promise<Response>) => (h.handler = fn) },
  net: {
    fetch: async (url: string) => {
      try {
        return new Response(readFileSync(fileURLToPath(url)));
      } catch {
        return new Response('', { status: 404 });
      }
    },
  },
}));

const { handleAppProtocol } = await import('./appProtocol');
const dir = mkdtempSync(join(tmpdir(), 'tl-app-'));
writeFileSync(join(dir, 'index.html'), '<title>Tracelens</title>');
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
handleAppProtocol(dir);
const get = (url: string) => h.handler!(new Request(url));

describe('app:// protocol', () => {
  it('serves the renderer build with the CSP, and the page for deep links', async () => {
    const page = await get('app://tracelens/');
    expect(await page.text()).toContain('<title>Tracelens</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await get('app://tracelens/assets/app.js')).text()).toBe('console.log(1)');
    expect(await (await get('app://tracelens/samples?sample=3')).text()).toContain('<title>Tracelens</title>');
  });

  it('answers a missing asset with 404 rather than the page', async () => {
    expect((await get('app://tracelens/assets/missing.js')).status).toBe(404);
  });

  it('refuses paths outside the build and other hosts', async () => {
    expect((await get('app://tracelens/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
  });
});
