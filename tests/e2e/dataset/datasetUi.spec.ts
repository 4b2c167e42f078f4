import { join } from 'node:path';
import { expect, test } from '../fixtures';

// The dataset bar and the sample list on the demo dataset (which ships a file of broken lines).
test('skipped lines, search with chips and errors, keyboard navigation', async ({ page, serve }, testInfo) => {
  await page.goto(serve.url);
  await expect(page.locator('.sample-row[data-position="0"][data-testid]')).toBeVisible();

  // Bad lines are summarised in the top bar and listed compiler-style in a dialog.
  await expect(page.getByTestId('skipped-summary')).toHaveText(/^\d[\d,]* of [\d,]+ lines? skipped — show them$/);
  await page.getByTestId('skipped-summary').click();
  await expect(page.getByTestId('skipped-list')).toContainText(/iter0\.part2\.jsonl:\d+: /);
  await page.screenshot({ path: testInfo.outputPath('skipped-lines.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('skipped-dialog')).toHaveCount(0);

  // A typed query filters the list and the footer counts the matches.
  const search = page.getByTestId('search-input');
  await search.fill('passed:false');
  await search.press('Enter');
  await expect(page.getByTestId('sample-list-footer')).toContainText(/ of [\d,]+ samples/);
  await expect(page.locator('.sample-row [aria-label="failed"]').first()).toBeVisible();
  await expect(page.locator('.sample-row [aria-label="passed"]')).toHaveCount(0);

  // A facet chip edits the query text.
  await page.getByTestId('facet-split').click();
  await page.getByTestId('facet-split-dev').click();
  await expect(search).toHaveValue('passed:false split:dev');
  await expect(page.locator('.sample-row .sample-split').first()).toHaveText('dev');
  await page.screenshot({ path: testInfo.outputPath('sample-list-filtered.png') });

  // A query the engine cannot read is explained inline.
  await search.fill('colour:red');
  await search.press('Enter');
  await expect(page.getByTestId('search-error')).toContainText('colour');

  // j/k move the selection once the search field is left.
  await page.getByTestId('search-clear').click();
  await search.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(page.locator('.sample-row[data-position="1"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await expect(page.locator('.sample-row[data-position="0"]')).toHaveAttribute('aria-selected', 'true');
});

test('Open… opens a typed path and remembers it', async ({ page, serve }) => {
  await page.goto(serve.url);
  await expect(page.locator('.sample-row[data-testid]').first()).toBeVisible();
  await page.getByTestId('open-dataset').click();
  await page.getByTestId('open-dataset-input').fill(join(serve.dataDir, 'dev'));
  await page.getByTestId('open-submit').click();
  await expect(page.getByTestId('dataset-name')).toHaveText('dev');
  await expect(page.locator('.sample-row .sample-split').first()).toHaveText('dev');
  await page.getByTestId('open-dataset').click();
  await expect(page.getByTestId('recent-path-0')).toHaveText(join(serve.dataDir, 'dev'));
});
