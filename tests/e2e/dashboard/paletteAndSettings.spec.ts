import { expect, test } from '../fixtures';

// Serve mode has no menu bar: the palette, the shortcut sheet and the theme live in the page.
test('Ctrl+K, "dash", Enter: the palette takes the typing and goes to the Dashboard', async ({ page, serve }) => {
  await page.goto(serve.url);
  await expect(page.getByTestId('app-shell')).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await expect(page.getByTestId('palette-input')).toBeFocused({ timeout: 3000 });
  await page.keyboard.type('dash');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tab-dashboard')).toHaveAttribute('aria-selected', 'true');
});

test('the palette runs a filtered command, the theme is a backend setting that survives a reload, Ctrl+/ lists the shortcuts', async ({ page, serve, browser }) => {
  await page.goto(serve.url);
  await expect(page.getByTestId('app-shell')).toBeVisible();
  const html = page.locator('html');

  // The filter leaves only "Go to Dashboard" for "dash", and Enter runs it.
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await page.getByTestId('palette-input').fill('dash');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await expect(palette.getByRole('option', { selected: true })).toContainText('Go to Dashboard');
  await page.getByTestId('palette-input').press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByTestId('tab-dashboard')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page).toHaveURL(/[?&]tab=dashboard/);

  // Theme: the top-bar select sets <html data-theme>; a reload and another browser profile keep it.
  await page.getByTestId('theme-select').selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme-select')).toHaveValue('dark');
  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    await page2.goto(serve.url);
    await expect(page2.locator('html')).toHaveAttribute('data-theme', 'dark');
  } finally {
    await other.close();
  }

  // The settings dialog shows the same setting and changes it for the whole page.
  await page.keyboard.press('Control+k');
  await page.getByTestId('palette-input').fill('settings');
  await page.getByTestId('palette-input').press('Enter');
  const settings = page.getByTestId('settings-dialog');
  await expect(settings.getByTestId('settings-theme')).toHaveValue('dark');
  await settings.getByTestId('settings-theme').selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('theme-select')).toHaveValue('light');
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);

  // Ctrl+/ shows the shortcut sheet, with the app's and the views' keys.
  await page.keyboard.press('Control+/');
  const sheet = page.getByTestId('shortcuts-dialog');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Go to Dashboard/ })).toContainText('Alt+3');
  await expect(sheet.getByRole('row', { name: /Command palette/ })).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});
