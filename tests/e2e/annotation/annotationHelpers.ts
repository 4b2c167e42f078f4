import type { Page } from '@playwright/test';
import { NEXT_RUBRIC } from '../../../shared/annotation/defaultRubric';
import { exportJsonl } from '../../../shared/annotation/exportFormat';
import { makeLabel, type LabelRecord } from '../../../shared/annotation/label';
import { expect } from '../fixtures';

/** A row of `dataset:query`, as far as a label's sample key goes. */
export type KeyRow = { problem_id: string; split: string; iteration: number; sample_index: number };

/**
 * Creates `annotator` in the Labels view and makes it current, then opens the
 * first row of the sample list (whatever its dataset index: small files are
 * indexed first) so the annotation panel shows it.
 */
export async function openFirstSampleAs(page: Page, annotator: string): Promise<void> {
  await page.getByTestId('tab-labels').click();
  await page.getByTestId('annotator-new').fill(annotator);
  await page.getByTestId('annotator-new').press('Enter');
  await expect(page.getByTestId('annotator-select')).toHaveValue(annotator);

  await page.getByTestId('tab-samples').click();
  const firstRow = page.locator('[data-testid^="sample-row-"]').first();
  // The demo is still being indexed on a loaded machine.
  await expect(firstRow).toBeVisible({ timeout: 60_000 });
  await firstRow.click();
}

/** Another annotator's label of a dataset row, on the default rubric, as their export would hold it. */
export function rowLabel(datasetId: string, row: KeyRow, annotator: string, values: Record<string, string>, note = ''): LabelRecord {
  return makeLabel(
    {
      datasetId,
      key: { problem_id: row.problem_id, split: row.split, iteration: row.iteration, sample_index: row.sample_index },
      contentHash: 'h',
      annotator,
      rubricId: NEXT_RUBRIC.id,
      rubricVersion: NEXT_RUBRIC.version,
      values,
      note,
    },
    new Date(),
  );
}

/** Chooses a JSONL label export of `labels` in the Labels view's import field (the Labels tab must be open). */
export async function pickLabelExport(page: Page, fileName: string, datasetId: string, labels: LabelRecord[]): Promise<void> {
  await page.getByTestId('import-labels').setInputFiles({
    name: fileName,
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(exportJsonl({ datasetId, labels, rubrics: [NEXT_RUBRIC], now: new Date() })),
  });
}

/**
 * In a fresh browser profile (empty IndexedDB) on `url`: the Labels view
 * starts empty, and "Restore labels" brings back `count` labels from the
 * journal on disk.
 */
export async function restoreLabelsInFreshProfile(page: Page, url: string, count: number): Promise<void> {
  await page.goto(url);
  await page.getByTestId('tab-labels').click();
  await expect(page.getByTestId('label-table')).toContainText('Labels (0');
  await page.getByTestId('restore-labels').click();
  await expect(page.getByTestId('restore-report')).toContainText(`${count} labels restored`, { timeout: 30_000 });
  await expect(page.getByTestId('label-table')).toContainText(`Labels (${count}`);
}
