import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startServe, test } from '../fixtures';

// Real MBPP from the shared data folder (never copied into the repo).
const MBPP = '/work/shared/data/mbpp.jsonl';

/** A temp folder holding the file: the fixture copies a dataset path to `<tmp>/data`, which would lose a lone file's extension. */
function folderWith(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-mbpp-'));
  copyFileSync(file, join(dir, 'mbpp.jsonl'));
  return dir;
}

test('Run & trace on a real MBPP record: test set-up code runs, the timeline shows, and a reload shows the cached traces at once', async ({ page }, testInfo) => {
  const seed = folderWith(MBPP);
  const server = await startServe({ dataset: seed });
  try {
    // mbpp/367 (is_tree_balanced): its tests need test_setup_code, which builds trees from the program's Node class.
    await page.goto(server.url);
    const search = page.getByTestId('search-input');
    await search.fill('problem:mbpp/367');
    await search.press('Enter');
    await expect(page.getByTestId('sample-list-footer')).toHaveText(/^1 of [\d,]+ samples$/, { timeout: 60_000 });
    await page.locator('.sample-row[data-testid]').click();
    await expect(page.getByTestId('sample-header')).toContainText('mbpp/367');
    await expect(page.getByTestId('trace-missing')).toContainText('This sample has no execution trace.');
    await expect(page.getByTestId('run-trace')).toContainText('the reference solution on 3 tests');
    await page.getByTestId('run-trace-button').click();

    await expect(page.getByTestId('trace-panel')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('trace-choice-reference')).toContainText('3/3 tests pass');
    await expect(page.getByTestId('trace-choice-reference')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('program-reference')).toBeVisible();
    // Each test row is named by its assert; the set-up lines that ran before it are counted.
    await expect(page.getByTestId('test-row-0')).toContainText('assert is_tree_balanced(root) == False');
    await expect(page.getByTestId('test-row-0')).toContainText('set-up lines');
    await expect(page.getByTestId('test-row-0')).toContainText('passes');

    // The timeline is live: a code line that ran puts the cursor on its first step.
    await page.getByTestId('code-line-13').click();
    await expect(page.getByTestId('code-line-13')).toHaveAttribute('aria-current', 'step');
    await expect(page.getByTestId('timeline-cursor')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('run-trace-mbpp.png') });

    // Re-opening the sample: the backend's cache answers, nothing is run again and no click is needed.
    await page.reload();
    await expect(page.getByTestId('trace-panel')).toBeVisible();
    await expect(page.getByTestId('run-trace-cached')).toBeVisible();
    await expect(page.getByTestId('run-trace-button')).toHaveCount(0);
  } finally {
    await server.stop();
    rmSync(seed, { recursive: true, force: true });
  }
});
