import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { pairedCounts, readOutcomes } from './demoOutcomes';

const CHARTS = ['chart-fix-rate', 'chart-pass-at-k', 'chart-rationale-length', 'chart-grounding'];

test('the dashboard charts the demo run, filters the samples from a bar, exports SVG and pairs iterations', async ({ page, serve }, testInfo) => {
  const outcomes = readOutcomes(serve.dataDir);
  await page.goto(serve.url);
  // Figures are final once the index is: the list footer stops saying "indexing…".
  await expect(page.getByTestId('sample-list-footer')).toHaveText(/^[\d,]+ samples$/, { timeout: 60_000 });
  await page.getByTestId('tab-dashboard').click();
  await expect(page.getByTestId('dashboard-status')).toContainText('1,396 samples · 2 splits · iterations 0, 1, 2, 3');

  // Every chart has both axes with ticks, axis titles and a legend naming the splits.
  for (const id of CHARTS) {
    const chart = page.getByTestId(id);
    await expect(chart.locator('svg .axis-left .tick').first()).toBeVisible();
    await expect(chart.locator('svg .axis-bottom .tick text')).toHaveText(['iter 0', 'iter 1', 'iter 2', 'iter 3']);
    await expect(chart.getByRole('list', { name: 'Legend' })).toContainText('train');
    await expect(chart.getByRole('list', { name: 'Legend' })).toContainText('dev');
  }
  const fixRate = page.getByTestId('chart-fix-rate');
  await expect(fixRate.locator('.axis-label')).toHaveText(['Fix rate (% of samples)', 'Self-training iteration']);
  await expect(fixRate.locator('.axis-left .tick text').first()).toHaveText('0%');
  await expect(fixRate.locator('.axis-left .tick text').last()).toHaveText('100%');
  await page.screenshot({ path: testInfo.outputPath('dashboard.png') });

  // The bar of dev iteration 2 says how many samples pass; clicking it lists exactly those.
  const bar = fixRate.getByTestId('mark-dev:2');
  const expected = [...outcomes].filter(([k]) => k.startsWith('dev\t') && k.endsWith('\t2')).reduce((n, [, o]) => n + o.passed, 0);
  await expect(bar).toHaveAttribute('aria-label', new RegExp(`${expected} of 100 samples pass`));
  await bar.click();
  await expect(page.getByTestId('tab-samples')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('search-input')).toHaveValue('split:dev iter:2 passed:true');
  await expect(page.getByTestId('sample-list-footer')).toHaveText(`${expected} of 1,396 samples`);
  const rows = page.locator('.sample-row[data-testid]');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(5);
  await expect(rows.filter({ hasNotText: /dev\s*it2 #/ })).toHaveCount(0);
  await expect(rows.filter({ hasNot: page.locator('[aria-label="passed"]') })).toHaveCount(0);

  // SVG export: a standalone document with the chart's title, plot and legend inside.
  await page.getByTestId('tab-dashboard').click();
  const downloading = page.waitForEvent('download');
  await fixRate.getByRole('button', { name: 'SVG', exact: true }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('fix-rate-by-iteration.svg');
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('>Fix rate by iteration</text>');
  expect(svg).toContain('>Self-training iteration</text>');
  expect(svg).toMatch(/>train<\/text>[\s\S]*>dev<\/text>|>dev<\/text>[\s\S]*>train<\/text>/);
  expect(svg.match(/<rect /g)!.length).toBeGreaterThanOrEqual(8);

  // Paired comparison, iter 3 against iter 0: the counts match the files.
  const counts = pairedCounts(outcomes, 0, 3);
  const paired = page.getByTestId('paired-comparison');
  await paired.getByTestId('paired-a').selectOption('0');
  await paired.getByTestId('paired-b').selectOption('3');
  await expect(paired.getByTestId('paired-headline')).toContainText(/iter 3 vs iter 0: \+[\d.]+ pp \(95% CI/);
  await expect(paired.getByTestId('paired-improved')).toHaveText(String(counts.improved));
  await expect(paired.getByTestId('paired-regressed')).toHaveText(String(counts.regressed));
  await expect(paired.getByTestId('paired-unchanged')).toHaveText(String(counts.unchanged));
  await expect(paired).toContainText(`over ${counts.improved + counts.regressed + counts.unchanged} problems paired`);
  expect(counts.regressed).toBeGreaterThan(0);

  // "list" beside Regressed opens the flip finder on exactly those problems.
  await paired.getByTestId('paired-list-regressed').click();
  await expect(page.getByTestId('tab-problem')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('flip-from')).toHaveValue('0');
  await expect(page.getByTestId('flip-to')).toHaveValue('3');
  await expect(page.locator('.flip-row')).toHaveCount(counts.regressed);
  await expect(page.locator('.flip-row').first()).toContainText(/-\d+ pp/);
});
