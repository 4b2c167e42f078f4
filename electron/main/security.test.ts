import { describe, expect, it, vi } from 'vitest';

// The hardening without an Electron binary: the session and app hooks are recorded.
const h = vi.hoisted(() => ({
  check: null as null | ((wc: unknown, permission: string, origin: string) => boolean),
  request: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void, details: { requestingUrl: string }) => void),
  created: null as null | ((event: unknown, contents: unknown) => void),
  opened: [] as string[],
}));
vi.mock('electron', () => ({
  session: {
    defaultSession: {
      setPermissionCheckHandler: (fn: typeof h.check) => (h.check = fn),
      setPermissionRequestHandler: (fn: typeof h.request) => (h.request = fn),
    },
  },
  app: { on: (_name: string, fn: typeof h.created) => (h.created = fn) },
  shell: { openExternal: async (url: string) => void h.opened.push(url) },
}));

const { hardenWebContents } = await import('./security');
hardenWebContents();

const ask = (permission: string, url: string) =>
  new Promise<boolean>((resolve) => h.request!({ getURL: () => url }, permission, resolve, { requestingUrl: url }));

describe('window hardening', () => {
  it('lets the app write to the clipboard (copy buttons) and refuses every other permission', async () => {
    expect(h.check!(null, 'clipboard-sanitized-write', 'app://tracelens')).toBe(true);
    expect(await ask('clipboard-sanitized-write', 'app://tracelens/index.html')).toBe(true);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal']) {
      expect(h.check!(null, permission, 'app://tracelens')).toBe(false);
      expect(await ask(permission, 'app://tracelens/index.html')).toBe(false);
    }
  });

  it('refuses the clipboard to any other origin', async () => {
    expect(h.check!(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(h.check!(null, 'clipboard-sanitized-write', 'app://tracelens.evil')).toBe(false);
    expect(await ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('keeps navigation inside the app and hands web links to the system browser', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    h.created!(null, {
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    });
    const navigate = (url: string) => {
      let prevented = false;
      listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('app://tracelens/index.html?sample=3')).toBe(false);
    expect(navigate('https://example.org/paper')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(h.opened).toEqual(['https://example.org/paper', 'https://example.org/']);
  });
});
