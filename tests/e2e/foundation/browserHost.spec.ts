import { expect, rpc, startServe, test } from '../fixtures';

test('the browser host shows the app shell and answers the contract', async ({ page, serve }) => {
  await page.goto(serve.url);
  await expect(page.getByTestId('app-shell')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Samples' })).toBeVisible();
  const info = await rpc(page, 'app:info', {});
  expect(info.body).toMatchObject({ ok: true, value: { name: 'Tracelens', host: 'serve' } });
});

test('a malformed request gets a typed error and the app keeps running', async ({ page, serve }) => {
  await page.goto(serve.url);
  const bad = await rpc(page, 'app:ping', { message: ['not', 'a', 'string'] });
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe('bad-request');
  expect(bad.body.error.details.join(' ')).toContain('message');
  const unknown = await rpc(page, 'dataset:explode', {});
  expect(unknown.body).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  const outside = await rpc(page, 'dataset:open', { path: '/etc' });
  expect(outside.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  // Still alive: the UI works and the backend answers.
  const ping = await rpc(page, 'app:ping', { message: 'still here' });
  expect(ping.body.value.pong).toBe('still here');
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(page.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true');
});

test('bound beyond loopback, the UI needs the token from the printed URL', async ({ page }) => {
  const server = await startServe({ args: ['--host', '0.0.0.0'] });
  try {
    const withToken = new URL(server.url);
    expect(withToken.searchParams.get('token')).toMatch(/^[\w-]{20,}$/);
    const local = `http://127.0.0.1:${withToken.port}`;
    const denied = await page.goto(`${local}/`);
    expect(denied?.status()).toBe(403);
    await page.goto(`${local}/?token=${withToken.searchParams.get('token')}`);
    await expect(page.getByTestId('app-shell')).toBeVisible();
    // The cookie set on that visit authorises the UI's own API calls.
    const info = await rpc(page, 'app:info', {});
    expect(info.body.ok).toBe(true);
  } finally {
    await server.stop();
  }
});
