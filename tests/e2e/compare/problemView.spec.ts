import { expect, test } from '../fixtures';
import { outcomeKey, pairedCounts, readOutcomes, readRecords } from '../dashboard/demoOutcomes';

const pct = (passed: number, samples: number) => `${Math.round((passed / samples) * 100)}%`;

test('flip finder → problem grid → two samples side by side with a word diff and "only what differs"', async ({ page, serve }, testInfo) => {
  const outcomes = readOutcomes(serve.dataDir);
  const flips = pairedCounts(outcomes, 0, 3);
  await page.goto(serve.url);
  await expect(page.getByTestId('sample-list-footer')).toHaveText(/^[\d,]+ samples$/, { timeout: 60_000 });
  await page.getByTestId('tab-problem').click();

  // Problems whose outcome changed between iter 0 and iter 3, counted by kind, largest change first.
  await expect(page.getByTestId('flip-from')).toHaveValue('0');
  await expect(page.getByTestId('flip-to')).toHaveValue('3');
  const counts = page.getByTestId('flip-counts');
  await expect(counts.locator('.flip-fail-to-pass strong')).toHaveText(String(flips.failToPass));
  await expect(counts.locator('.flip-pass-to-fail strong')).toHaveText(String(flips.passToFail));
  await expect(counts.locator('.flip-improved strong')).toHaveText(String(flips.improved - flips.failToPass));
  await expect(counts.locator('.flip-regressed strong')).toHaveText(String(flips.regressed - flips.passToFail));
  await expect(counts).toContainText(`${flips.unchanged} unchanged · ${flips.improved + flips.regressed + flips.unchanged} compared`);
  const rows = page.locator('.flip-row');
  // The list is virtualised: the rows on screen are the largest changes, in order.
  await expect(rows.first()).toBeVisible();
  const deltas = (await rows.locator('strong').allTextContents()).map((t) => Math.abs(parseFloat(t)));
  expect(deltas.length).toBeGreaterThan(5);
  expect(deltas).toEqual([...deltas].sort((a, b) => b - a));

  // Unticking kinds hides their rows: left are the problems no sample solved before, or none solves after.
  await counts.locator('.flip-improved input').uncheck();
  await counts.locator('.flip-regressed input').uncheck();
  await expect(rows).toHaveCount(flips.failToPass + flips.passToFail);
  for (const text of await rows.locator('.muted').allTextContents()) expect(text).toMatch(/^0% → [1-9]\d*%$|^[1-9]\d*% → 0%$/);
  await counts.locator('.flip-improved input').check();
  await counts.locator('.flip-regressed input').check();

  // One click opens the problem: iterations × samples, with pass rates that match the files.
  const top = rows.first();
  const problemId = (await top.locator('.flip-id').textContent())!;
  await top.click();
  await expect(top).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.problem-title')).toHaveText(problemId);
  const grid = page.getByTestId('problem-grid');
  const records = readRecords(serve.dataDir).filter((r) => r.problem_id === problemId);
  const split = records[0]!.split;
  for (const it of [0, 1, 2, 3]) {
    const o = outcomes.get(outcomeKey(split, problemId, it))!;
    await expect(grid.getByTestId(`grid-row-${it}`).locator('.grid-rate')).toHaveText(`${o.passed}/${o.samples} · ${pct(o.passed, o.samples)}`);
    await expect(grid.getByTestId(`grid-row-${it}`).locator('.grid-cell')).toHaveCount(o.samples);
  }
  await page.screenshot({ path: testInfo.outputPath('problem-view-grid.png') });

  // A failing sample of iter 0 against a passing one of iter 3: two rationale columns, word-diffed.
  const failing = records.find((r) => r.iteration === 0 && r.passed === false)!;
  const passing = records.find((r) => r.iteration === 3 && r.passed === true)!;
  await grid.getByTestId(`grid-cell-0-${failing.sample_index}`).click();
  await grid.getByTestId(`grid-cell-3-${passing.sample_index}`).click();
  await expect(grid.getByTestId(`grid-cell-0-${failing.sample_index}`)).toHaveAttribute('aria-pressed', 'true');
  const columns = page.getByTestId('compare-columns');
  await expect(columns.locator('.compare-header')).toHaveCount(2);
  await expect(columns.locator('.compare-header').first()).toContainText(`iter 0 · #${failing.sample_index} failed (baseline)`);
  await expect(columns.locator('.compare-header').last()).toContainText(`iter 3 · #${passing.sample_index} passed`);
  const rationale = page.getByTestId('compare-section-rationale');
  await expect(rationale.locator('.compare-cell')).toHaveCount(2);
  await expect(rationale.locator('.compare-cell').first()).toContainText(firstWords(failing.rationale!));
  await expect(rationale.locator('.compare-cell').last().locator('ins.diff-added').first()).toBeVisible();
  await expect(rationale.locator('.compare-cell').last().locator('del.diff-removed').first()).toBeVisible();
  // The diffed column still reads as the iter 3 rationale once the struck-out words are left aside.
  const kept = await rationale.locator('.compare-cell').last().evaluate((el) =>
    Array.from(el.querySelectorAll('.word-diff > span, .word-diff > ins')).map((n) => n.textContent).join(''),
  );
  expect(kept).toBe(passing.rationale);
  await expect(page.getByTestId('compare-section-fixed_code')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('problem-view-compare.png'), fullPage: true });

  // Two passing iter 3 samples with the same fixed program: "only what differs" hides the equal sections.
  const byCode = new Map<string, number[]>();
  for (const r of records.filter((r) => r.iteration === 3 && r.passed === true)) byCode.set(r.fixed_code!.trim(), [...(byCode.get(r.fixed_code!.trim()) ?? []), r.sample_index]);
  const [a, b] = [...byCode.values()].find((s) => s.length >= 2)!;
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(columns).toHaveCount(0);
  await grid.getByTestId(`grid-cell-3-${a}`).click();
  await grid.getByTestId(`grid-cell-3-${b}`).click();
  await expect(page.getByTestId('compare-section-fixed_code')).toBeVisible();
  await expect(page.getByTestId('compare-section-tests')).toBeVisible();
  await page.getByTestId('only-diffs').check();
  await expect(page.getByTestId('compare-section-fixed_code')).toHaveCount(0);
  await expect(page.getByTestId('compare-section-tests')).toHaveCount(0);
  await expect(page.getByTestId('compare-section-rationale')).toBeVisible();
  await page.getByTestId('only-diffs').uncheck();
  await expect(page.getByTestId('compare-section-fixed_code')).toBeVisible();
});

/** The opening words of a text, as a search needle that survives Markdown-free rendering. */
function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 4).join(' ');
}
