import { readFile } from 'node:fs/promises';
import type { LabelRecord } from '../../../shared/annotation/label';
import { expect, rpc, test } from '../fixtures';
import { pickLabelExport, rowLabel, type KeyRow } from './annotationHelpers';

test('an export of a few thousand rows is read in the annotation worker, imported, its agreement computed and exported again there under the CSP', async ({ serve, page }) => {
  test.setTimeout(120_000);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Annotation worker failed/i.test(m.text())) problems.push(m.text());
  });
  await page.goto(serve.url);
  const opened = await rpc(page, 'dataset:open', { path: serve.dataDir });
  const datasetId: string = opened.body.value.id;
  await expect.poll(async () => (await rpc(page, 'dataset:summary', { datasetId })).body.value?.state, { timeout: 60_000 }).toBe('ready');
  const rows = (await rpc(page, 'dataset:query', { datasetId, query: '', limit: 1000 })).body.value.rows as KeyRow[];

  // Enough annotators, each labelling every sample, for at least 3,000 rows; they mostly agree.
  const annotators = Array.from({ length: Math.ceil(3000 / rows.length) }, (_, i) => `coder${i + 1}`);
  const bug = ['yes', 'partly', 'no'];
  const labels: LabelRecord[] = annotators.flatMap((annotator, a) =>
    rows.map((r, i) => rowLabel(datasetId, r, annotator, { identifies_bug: bug[(i + (i % 7 === a ? 1 : 0)) % 3]!, usefulness: String((i % 5) + 1) })),
  );
  const total = labels.length;
  expect(total).toBeGreaterThanOrEqual(3000);

  await page.getByTestId('tab-labels').click();
  await pickLabelExport(page, 'coders.jsonl', datasetId, labels);
  await expect(page.getByTestId('import-summary')).toContainText(`${total} rows in the file: ${total} new, 0 already present, 0 in conflict`, { timeout: 60_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-status')).toContainText(`Imported ${total} new labels`, { timeout: 30_000 });

  // Agreement over every sample, then with bootstrap intervals, computed in the worker.
  const row = page.getByTestId('agreement-row-identifies_bug');
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(rows.length), { timeout: 30_000 });
  await page.getByTestId('agreement-ci').check();
  await expect(row).toContainText(/\[\d\.\d{3}, \d\.\d{3}\]/, { timeout: 60_000 });
  await expect(page.getByTestId('agreement-progress')).toHaveCount(0);

  // The export is written in the worker too: every imported label comes back out, one per line between the header and the end marker.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-jsonl').click();
  const download = await downloading;
  const text = await readFile((await download.path())!, 'utf8');
  const exported = text.trim().split('\n').map((l) => JSON.parse(l));
  expect(exported.map((r) => r.type ?? 'label')).toEqual(['header', ...Array(total).fill('label'), 'end']);
  expect(exported.at(-1)).toEqual({ type: 'end', count: total });
  expect(new Set(exported.slice(1, -1).map((r) => r.annotator))).toEqual(new Set(annotators));
  await expect(page.getByTestId('export-status')).toContainText(`Exported ${total} labels`);

  expect(workers.filter((u) => /\/assets\/annotationWorker-[\w-]+\.js$/.test(u)).length).toBeGreaterThanOrEqual(2);
  expect(problems).toEqual([]);
});
