import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServe, test } from '../fixtures';
import { openFirstSampleAs, restoreLabelsInFreshProfile } from './annotationHelpers';

/** The journal's entries, in order (one file: the demo dataset). */
function journal(userDataDir: string): Array<{ op: string; id?: string; label?: { id: string; values: Record<string, string | null>; note: string } }> {
  const dir = join(userDataDir, 'labels-journal');
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  return readFileSync(join(dir, file!), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Labels in the browser's IndexedDB, read directly: the UI shows "Not labelled yet" while it is still loading too. */
function storedLabels(page: Page): Promise<Array<{ id: string; values: Record<string, string | null>; note: string }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tracelens-labels');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('labels').objectStore('labels').getAll();
          req.onsuccess = () => (resolve(req.result), open.result.close());
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

test('a label deleted with Shift+Delete is gone after a reload and after a restore from the journal; Undo brings it back exactly', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const server = await startServe();
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await openFirstSampleAs(page, 'ann');
    const panel = page.getByTestId('annotation-panel');
    const title = panel.locator('.annotation-title');
    const bug = page.getByTestId('rubric-dim-identifies_bug').locator('[aria-checked="true"]');
    const status = page.getByTestId('annotation-save-status');
    const note = page.getByTestId('annotation-note');

    await expect(page.getByTestId('rubric-dim-identifies_bug')).toBeVisible();
    // The first sample keeps its label throughout.
    await page.keyboard.press('3');
    await expect(bug).toContainText('no');
    const firstTitle = await title.textContent();
    await page.keyboard.press('Enter');
    await expect(title).not.toHaveText(firstTitle!);

    // The second: a value and a note, then deleted from the keyboard.
    await page.keyboard.press('1');
    await expect(bug).toContainText('yes');
    await page.keyboard.press('n');
    await page.keyboard.type('reads the trace wrongly');
    await page.keyboard.press('Escape');
    await expect(status).toContainText('journalled');
    const [labelled] = (await storedLabels(page)).filter((l) => l.note === 'reads the trace wrongly');
    expect(labelled).toBeDefined();

    await page.keyboard.press('Shift+Delete');
    const notice = page.getByTestId('undo-notice');
    await expect(notice).toContainText('Label deleted');
    await expect(bug).toHaveCount(0);
    await expect(note).toHaveValue('');
    await page.screenshot({ path: testInfo.outputPath('label-deleted-undo.png') });

    await notice.getByTestId('undo-delete').click();
    await expect(bug).toContainText('yes');
    await expect(note).toHaveValue('reads the trace wrongly');
    await expect(notice).toHaveCount(0);
    await expect(status).toContainText('journalled');
    expect((await storedLabels(page)).find((l) => l.id === labelled!.id)).toEqual(labelled);

    // The undone deletion holds after a reload (the link reopens the same sample).
    await page.reload();
    await expect(bug).toContainText('yes');
    await expect(note).toHaveValue('reads the trace wrongly');

    // Deleted again, and this time left deleted.
    await page.keyboard.press('Shift+Delete');
    await expect(notice).toContainText('Label deleted');
    await expect(status).toHaveText('Not labelled yet');
    await page.reload();
    await expect(title).toBeVisible();
    await expect.poll(async () => (await storedLabels(page)).map((l) => l.values.identifies_bug)).toEqual(['no']);
    await expect(bug).toHaveCount(0);
    await expect(status).toHaveText('Not labelled yet');

    const ops = journal(server.userDataDir).filter((e) => e.op !== 'rubric');
    const mine = ops.filter((e) => (e.label?.id ?? e.id) === labelled!.id).map((e) => e.op);
    expect(mine.slice(-3)).toEqual(['delete', 'put', 'delete']);

    // A fresh browser profile restores from the journal: the first label comes back, the deleted one does not.
    const ctx2 = await browser.newContext();
    try {
      const page2 = await ctx2.newPage();
      await restoreLabelsInFreshProfile(page2, server.url, 1);
      await expect(page2.getByTestId('label-table')).toContainText('identifies_bug=no');
      await page2.getByTestId('label-table').screenshot({ path: testInfo.outputPath('label-table-after-restore.png') });
    } finally {
      await ctx2.close();
    }
    await ctx.close();
  } finally {
    await server.stop();
  }
});
