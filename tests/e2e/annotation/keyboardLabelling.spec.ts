import { expect, startServe, test } from '../fixtures';
import { openFirstSampleAs, restoreLabelsInFreshProfile } from './annotationHelpers';

test('labels made with the keyboard in the samples view come back after a crash and a lost browser profile', async ({ browser }) => {
  // Two servers start one after the other on a shared two-core machine.
  test.setTimeout(120_000);
  const first = await startServe();
  try {
    const ctx1 = await browser.newContext();
    const page = await ctx1.newPage();
    await page.goto(first.url);
    await openFirstSampleAs(page, 'ann');
    const panel = page.getByTestId('annotation-panel');
    await expect(panel).toBeVisible();
    const firstTitle = await panel.locator('.annotation-title').textContent();

    // Sample 1: bug identified (1), trace reasoning 4, then Enter saves and moves on.
    await page.keyboard.press('1');
    await expect(page.getByTestId('rubric-dim-identifies_bug').locator('[aria-checked="true"]')).toContainText('yes');
    await page.keyboard.press('Tab');
    await page.keyboard.press('4');
    await expect(page.getByTestId('rubric-dim-trace_reasoning').locator('[aria-checked="true"]')).toContainText('4');
    await page.keyboard.press('Enter');
    await expect(panel.locator('.annotation-title')).not.toHaveText(firstTitle!);

    // Sample 2: bug not identified (3), usefulness 2 after three Tabs.
    await page.keyboard.press('3');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('2');
    await expect(page.getByTestId('rubric-dim-usefulness').locator('[aria-checked="true"]')).toContainText('2');
    await expect(page.getByTestId('annotation-save-status')).toContainText('journalled');

    // Crash: no shutdown of any kind; then a fresh browser profile (empty IndexedDB).
    await first.kill();
    await ctx1.close();
    const second = await startServe({ dataDir: first.dataDir, userDataDir: first.userDataDir });
    const ctx2 = await browser.newContext();
    const page2 = await ctx2.newPage();
    try {
      await restoreLabelsInFreshProfile(page2, second.url, 2);
      const table = page2.getByTestId('label-table');
      await expect(table).toContainText('identifies_bug=yes trace_reasoning=4');
      await expect(table).toContainText('identifies_bug=no usefulness=2');
    } finally {
      await ctx2.close();
      await second.stop();
    }
  } finally {
    await first.stop();
  }
});
