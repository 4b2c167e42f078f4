import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The Electron transport without an Electron binary: ipcMain is replaced by a
// recorder, everything else (contract, dispatch, backend) is real.
const registered = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, args: unknown) => Promise<unknown>) => registered.set(channel, fn),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerIpc } = await import('./ipc');
const { createBackend } = await import('../backend/createBackend');
const { requestNames } = await import('../../shared/contract');

const backend = createBackend({
  host: 'electron',
  initialDataset: null,
  roots: [],
  userDataDir: mkdtempSync(join(tmpdir(), 'tl-ipc-')),
  resourcesDir: tmpdir(),
  versions: {},
});
const sent: unknown[][] = [];
const fakeWindow = { isDestroyed: () => false, webContents: { send: (...args: unknown[]) => sent.push(args) } };
registerIpc(backend, () => [fakeWindow as never]);

const fromApp = { senderFrame: { url: 'app://tracelens/index.html', parent: null } };
const call = (event: unknown, name: string, args: unknown) => registered.get(`tracelens:${name}`)!(event, args);

describe('Electron IPC transport', () => {
  it('registers one handler per contract request', () => {
    expect([...registered.keys()].sort()).toEqual(requestNames.map((n) => `tracelens:${n}`).sort());
  });

  it('answers a trusted call through the contract', async () => {
    expect(await call(fromApp, 'app:ping', { message: 'hi' })).toMatchObject({ ok: true, value: { pong: 'hi' } });
  });

  it('answers malformed arguments with a typed error instead of throwing', async () => {
    for (const args of [undefined, null, 42, 'text', { message: 7 }, { message: 'x', extra: 1 }]) {
      const r = (await call(fromApp, 'app:ping', args)) as { ok: boolean; error?: { code: string } };
      expect(r.ok).toBe(false);
      expect(r.error?.code).toBe('bad-request');
    }
  });

  it('refuses calls from another origin or from a subframe', async () => {
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    const subframe = { senderFrame: { url: 'app://tracelens/index.html', parent: {} } };
    for (const event of [foreign, subframe, { senderFrame: null }]) {
      expect(await call(event, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('forwards backend events to the windows', () => {
    backend.hub.emit('app:notice', { level: 'info', message: 'hello' });
    expect(sent).toContainEqual(['tracelens:event', 'app:notice', { level: 'info', message: 'hello' }]);
  });
});
