import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, repoRoot, rpc, test } from '../fixtures';

/** Drags a resize handle to an x or y position of the page, as a user would. */
async function dragTo(page: Page, handle: Locator, to: { x?: number; y?: number }) {
  const box = (await handle.boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x ?? from.x, to.y ?? from.y, { steps: 8 });
  await page.mouse.up();
}

// The README's picture: one demo sample with its trace, a grounded rationale and the timeline.
test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });

// The picture is always saved with the test's artifacts; `UPDATE_SCREENSHOTS=1 npm test` also
// refreshes docs/screenshot.png, so an ordinary run leaves the working tree clean.
test('README screenshot: a demo sample with its trace timeline and a grounded rationale', async ({ page, serve }, testInfo) => {
  await page.goto(serve.url);
  // The grounding column of the list is computed in the background after indexing: wait for it.
  const opened = await rpc(page, 'dataset:open', { path: serve.dataDir });
  const checked = async () => (await rpc(page, 'dataset:query', { datasetId: opened.body.value.id, query: 'grounding:consistent', limit: 1 })).body.value?.rows?.length ?? 0;
  await expect.poll(checked, { timeout: 60_000 }).toBe(1);
  const search = page.getByTestId('search-input');
  await search.fill('split:dev iter:3');
  await search.press('Enter');
  await expect(page.getByTestId('sample-list-footer')).toHaveText(/^100 of [\d,]+ samples$/, { timeout: 60_000 });
  // Scroll the list down to count-primes (demo/20), sample #9, as a user would.
  const row = page.locator('.sample-row[data-testid]', { hasText: 'demo/20' }).filter({ hasText: 'it3 #9' });
  const list = page.getByTestId('sample-list');
  await list.hover();
  for (let i = 0; i < 20 && !(await row.isVisible()); i++) await page.mouse.wheel(0, 200);
  await page.mouse.wheel(0, 300);
  await expect(row).toBeInViewport({ ratio: 1 });
  await row.click();
  await expect(page.getByTestId('sample-header')).toContainText('demo/20 · dev · iter 3 · #9');
  await expect(page.getByTestId('grounding-summary')).toContainText(/claims?: \d+ consistent, 0 contradicted/);

  // Give the sample the room: the labels column folds away (it is collapsible), the timeline
  // takes the space under the short program, and the rationale is shown whole.
  await dragTo(page, page.locator('.samples-view > .resize-handle').last(), { x: 1439 });
  await expect.poll(async () => (await page.getByTestId('annotation-slot').boundingBox())?.width ?? 0).toBeLessThan(2);
  await dragTo(page, page.locator('.program-split > .resize-handle'), { y: 370 });
  await dragTo(page, page.locator('.resize-handle-h').last(), { y: 735 });

  // The test the rationale follows, with the cursor on the step its last claim names.
  await page.getByTestId('test-row-1').click();
  await page.locator('[data-testid^="claim-"][aria-label*="is 1 at step 4"]').click();
  await expect(page.getByTestId('timeline-position')).toHaveText('step 4 of 0–6');
  await expect(page.getByTestId('code-line-10')).toHaveAttribute('aria-current', 'step');
  await page.getByLabel('Variable lanes').check();
  await page.getByRole('button', { name: 'Unified' }).click();
  // Syntax highlighting arrives asynchronously (shiki); wait for coloured tokens.
  await expect(page.locator('[data-testid="program-pane"] .code-src span[style*="color"]').first()).toBeVisible();
  await expect(list.getByTestId('grounding-badge').first()).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: testInfo.outputPath('readme-screenshot.png') });
  if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: join(repoRoot, 'docs', 'screenshot.png') });
});

test('screenshots of the dashboard and the problem view', async ({ page, serve }, testInfo) => {
  await page.goto(serve.url);
  await expect(page.getByTestId('sample-list-footer')).toHaveText(/^[\d,]+ samples$/, { timeout: 60_000 });
  await page.getByTestId('tab-dashboard').click();
  await expect(page.getByTestId('chart-fix-rate').locator('.chart-mark').first()).toBeVisible();
  await expect(page.getByTestId('paired-headline')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('dashboard.png') });

  await page.getByTestId('tab-problem').click();
  await page.locator('.flip-row').first().click();
  await page.locator('.grid-cell.outcome-fail').first().click();
  await page.locator('[data-testid^="grid-cell-3-"].outcome-pass').first().click();
  await expect(page.getByTestId('compare-section-rationale').locator('ins.diff-added').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('problem-view.png') });
});
