import { _electron as electron, expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../../scripts/electronBinary.cjs';

const repoRoot = join(__dirname, '..', '..', '..');
const binary = findElectronBinary();

// Build machines install Electron with ELECTRON_SKIP_BINARY_DOWNLOAD=1: there
// the desktop spec cannot run and says so; the browser-host specs cover the UI.
test.skip(!binary.path, `Desktop spec skipped: ${binary.reason ?? ''}`);

const freshUserData = () => mkdtempSync(join(tmpdir(), 'tl-desktop-'));

/** The built app, as `tracelens <target>` starts it: a dataset path or a tracelens:// link (default: the demo). */
async function launch(userDataDir: string, target = join(repoRoot, 'datasets', 'demo')) {
  return electron.launch({
    executablePath: binary.path!,
    args: [join(repoRoot, 'dist', 'electron', 'main.cjs'), target],
    env: { ...process.env, TRACELENS_USER_DATA: userDataDir },
  });
}

test('the window opens, the preload API answers, and IndexedDB survives a relaunch', async () => {
  const userDataDir = freshUserData();
  let app = await launch(userDataDir);
  let page = await app.firstWindow();
  await expect(page.getByTestId('app-shell')).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/tracelens\//);
  const info = await page.evaluate(() => window.tracelens!.api.app.info({}));
  expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
  // The renderer has no Node.
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tracelens-e2e', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put('kept', 'label');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await app.close();

  app = await launch(userDataDir);
  page = await app.firstWindow();
  const value = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('tracelens-e2e', 1);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('label');
          get.onsuccess = () => resolve(get.result);
        };
      }),
  );
  expect(value).toBe('kept');
  await app.close();
});

function copyOfDemo(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tl-desktop-data-')), name);
  cpSync(join(repoRoot, 'datasets', 'demo'), dir, { recursive: true });
  return dir;
}

test('a path on the command line opens that dataset', async () => {
  const data = copyOfDemo('cli-run');
  const app = await launch(freshUserData(), data);
  const page = await app.firstWindow();
  await expect(page.getByTestId('dataset-name')).toHaveText('cli-run');
  await app.close();
});

test('a tracelens:// link opens the encoded view', async () => {
  const data = copyOfDemo('linked-run');
  const link = `tracelens://open?dataset=${encodeURIComponent(data)}&tab=dashboard`;
  const app = await launch(freshUserData(), link);
  const page = await app.firstWindow();
  await expect(page.getByTestId('dataset-name')).toHaveText('linked-run');
  await expect(page.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true');
  await app.close();
});

test('a second launch hands its path to the running window instead of starting another app', async () => {
  const userDataDir = freshUserData();
  const app = await launch(userDataDir);
  const page = await app.firstWindow();
  await expect(page.getByTestId('app-shell')).toBeVisible();
  const data = copyOfDemo('second-launch');
  const second = spawn(binary.path!, [join(repoRoot, 'dist', 'electron', 'main.cjs'), data], {
    env: { ...process.env, TRACELENS_USER_DATA: userDataDir },
    stdio: 'ignore',
  });
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(code).toBe(0); // it quit at once, having handed over
  await expect(page.getByTestId('dataset-name')).toHaveText('second-launch');
  expect(app.windows().length).toBe(1);
  await app.close();
});
