import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RecentEntry } from '../../shared/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { createBackend } from '../backend/createBackend';
import { RecentStore } from '../services/recent/recentStore';

const base = mkdtempSync(path.join(tmpdir(), 'tl-recent-'));
const served = path.join(base, 'served');
const privateRun = path.join(base, 'private-run');
mkdirSync(served);
mkdirSync(privateRun);
// The desktop app and `tracelens serve` share the user data folder, so its recent list holds both.
const userDataDir = mkdtempSync(path.join(tmpdir(), 'tl-user-'));
new RecentStore(userDataDir).add(privateRun, 1);
new RecentStore(userDataDir).add(served, 2);

const backendFor = (roots: string[]) =>
  createBackend({ host: roots.length ? 'serve' : 'electron', initialDataset: null, roots, userDataDir, resourcesDir: base, versions: {} });
const serve = backendFor([served]);
const desktop = backendFor([]);
afterAll(async () => {
  await serve.services.dispose();
  await desktop.services.dispose();
});

const recent = async (backend: typeof serve, name: 'app:recent' | 'app:recent-remove', args: object = {}) => {
  const env = await dispatch(backend.handlers, name, args, { transport: 'http' });
  if (!env.ok) throw new Error(env.error.message);
  return (env.value as RecentEntry[]).map((e) => e.path);
};

describe('recent datasets', () => {
  it('are listed to a browser user only inside the served roots', async () => {
    expect(await recent(serve, 'app:recent')).toEqual([served]);
    expect(await recent(serve, 'app:recent-remove', { path: path.join(base, 'gone') })).toEqual([served]);
  });

  it('are all listed in the desktop app', async () => {
    expect(await recent(desktop, 'app:recent')).toEqual([served, privateRun]);
  });
});
