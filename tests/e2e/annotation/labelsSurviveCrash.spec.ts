import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, rpc, startServe, test } from '../fixtures';
import { pickLabelExport, restoreLabelsInFreshProfile, rowLabel, type KeyRow } from './annotationHelpers';

/** Lines in the label journals under a user-data folder (0 before the first write). */
function journalLines(userDataDir: string): number {
  const dir = join(userDataDir, 'labels-journal');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).length, 0);
}

test('every acknowledged label comes back after the server is killed and browser storage is lost', async ({ browser }) => {
  // Two servers start one after the other on a shared two-core machine.
  test.setTimeout(120_000);
  const first = await startServe();
  const userDataDir = first.userDataDir;
  try {
    const ctx1 = await browser.newContext();
    const page = await ctx1.newPage();
    await page.goto(first.url);
    const opened = await rpc(page, 'dataset:open', { path: first.dataDir });
    const datasetId: string = opened.body.value.id;
    // Indexing can be slow on a loaded machine; the queue and import need the finished index.
    await expect.poll(async () => (await rpc(page, 'dataset:summary', { datasetId })).body.value?.state, { timeout: 60_000 }).toBe('ready');
    const rows = (await rpc(page, 'dataset:query', { datasetId, query: '', limit: 5 })).body.value.rows as KeyRow[];

    // Another annotator's export, brought in through the Labels view as a user would.
    const labels = rows.map((r, i) => rowLabel(datasetId, r, 'bob', { identifies_bug: ['yes', 'partly', 'no'][i % 3]!, usefulness: String((i % 5) + 1) }, `note ${i}`));
    await page.getByTestId('tab-labels').click();
    await expect(page.getByTestId('labels-view')).toBeVisible();
    await pickLabelExport(page, 'bob.jsonl', datasetId, labels);
    await expect(page.getByTestId('import-summary')).toContainText(`${rows.length} new`, { timeout: 30_000 });
    await page.getByTestId('import-apply').click();
    await expect(page.getByTestId('import-status')).toContainText(`Imported ${rows.length} new labels`);
    // Acknowledged: the backend has fsync'd every change. The pending count can read 0 for a
    // moment before the imported changes reach the outbox, so wait for the journal itself first.
    await expect.poll(() => journalLines(userDataDir), { timeout: 30_000 }).toBe(rows.length);
    await expect(page.getByTestId('journal-pending')).toHaveText('Journal up to date.');
    await expect(page.getByTestId('label-table')).toContainText(`Labels (${rows.length}`);

    await first.kill();
    await ctx1.close();
    const journalFiles = readdirSync(join(userDataDir, 'labels-journal'));
    expect(journalFiles).toHaveLength(1);
    expect(readFileSync(join(userDataDir, 'labels-journal', journalFiles[0]!), 'utf8').trim().split('\n')).toHaveLength(rows.length);

    // A new server on the same data folder, and a browser profile with empty IndexedDB.
    const second = await startServe({ dataDir: first.dataDir, userDataDir });
    const ctx2 = await browser.newContext();
    const page2 = await ctx2.newPage();
    try {
      await restoreLabelsInFreshProfile(page2, second.url, rows.length);
      await expect(page2.getByTestId('agreement-table')).toBeVisible();
    } finally {
      await ctx2.close();
      await second.stop();
    }
  } finally {
    await first.stop();
  }
});
