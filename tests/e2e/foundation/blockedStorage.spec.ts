import { expect, test } from '../fixtures';

// Some browsers (strict privacy settings, embedded views) throw on any use of
// localStorage. Preferences are a convenience: the app must still work.
test('the app works where the browser blocks localStorage and sessionStorage', async ({ page, serve }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: refuse });
    Object.defineProperty(window, 'sessionStorage', { get: refuse });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(serve.url);
  await expect(page.getByTestId('app-shell')).toBeVisible();
  await page.locator('[data-testid^="sample-row-"]').first().click();
  await expect(page.getByTestId('program-pane')).toBeVisible();
  await expect(page.getByTestId('rationale-pane')).toBeVisible();
  expect(errors).toEqual([]);
});
