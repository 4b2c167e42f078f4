import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

interface DemoEvent {
  step: number;
  line: number;
  changed: Record<string, string>;
}
interface DemoTrace {
  tests: { test: string; events: DemoEvent[] }[];
}

/** demo/20 (count-primes), dev iteration 3, sample 1: a structured trace of all three tests. */
function demoSample(dataDir: string): { trace: DemoTrace } {
  const lines = readFileSync(join(dataDir, 'dev', 'iter3.jsonl'), 'utf8').split('\n').filter(Boolean);
  const record = lines.map((l) => JSON.parse(l)).find((r) => r.problem_id === 'demo/20' && r.sample_index === 1);
  return record;
}

async function openSample(page: Page, query: string) {
  const search = page.getByTestId('search-input');
  await search.fill(query);
  await search.press('Enter');
  await expect(page.getByTestId('sample-list-footer')).toHaveText(/^1 of [\d,]+ samples$/, { timeout: 60_000 });
  await page.locator('.sample-row[data-testid]').click();
}

test('the trace timeline follows the keyboard, the code and the chosen test', async ({ page, serve }, testInfo) => {
  const { trace } = demoSample(serve.dataDir);
  const [, second, third] = trace.tests as [unknown, DemoTrace['tests'][number], DemoTrace['tests'][number]];
  await page.goto(serve.url);
  await openSample(page, 'problem:demo/20 split:dev iter:3 sample:1');
  await expect(page.getByTestId('sample-header')).toContainText('demo/20 · dev · iter 3 · #1');
  const timeline = page.getByTestId('trace-timeline');
  const position = page.getByTestId('timeline-position');
  const variables = page.getByTestId('variables-panel');
  await expect(timeline).toBeVisible();

  // The second test: `assert count_primes(2) == 0`.
  await page.getByTestId('test-row-1').click();
  await expect(page.getByTestId('test-row-1')).toContainText(second.test);
  await expect(page.getByTestId('test-row-1').locator('.test-shown')).toBeVisible();
  await expect(position).toContainText(`${second.events.length} steps`);

  // Clicking a code line that ran puts the cursor on its first step there.
  const line10 = second.events.find((e) => e.line === 10)!;
  await page.getByTestId('code-line-10').click();
  const last = second.events.at(-1)!.step;
  await expect(position).toHaveText(`step ${line10.step} of 0–${last}`);
  await expect(page.getByTestId('code-line-10')).toHaveAttribute('aria-current', 'step');
  await expect(variables.locator('.vp-event').first()).toHaveText(`step ${line10.step} · line 10`);
  await expect(variables.locator('dt.is-changed')).toHaveText(Object.keys(line10.changed));

  // → and ← move one step; the current code line and the variables follow.
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  const next = second.events.find((e) => e.step === line10.step + 1)!;
  await expect(position).toHaveText(`step ${next.step} of 0–${last}`);
  await expect(page.getByTestId(`code-line-${next.line}`)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('code-line-10')).not.toHaveAttribute('aria-current', 'step');
  await expect(variables.locator('.vp-event').first()).toContainText(`step ${next.step} · line ${next.line}`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const before = second.events.find((e) => e.step === line10.step - 1)!;
  await expect(position).toHaveText(`step ${before.step} of 0–${last}`);
  await expect(page.getByTestId(`code-line-${before.line}`)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('Home');
  await expect(position).toHaveText(`step 0 of 0–${last}`);
  await expect(page.getByTestId('code-line-1')).toHaveAttribute('aria-current', 'step');
  expect(new URL(page.url()).searchParams.get('step')).toBe('0');

  // Another test switches the timeline to its own, longer, trace.
  await page.getByTestId('test-row-2').click();
  await expect(page.getByTestId('test-row-2').locator('.test-shown')).toBeVisible();
  await expect(page.getByTestId('test-row-1').locator('.test-shown')).toHaveCount(0);
  await expect(position).toContainText(`${third.events.length} steps`);
  const line7 = third.events.find((e) => e.line === 7)!;
  await page.getByTestId('code-line-7').click();
  await expect(position).toHaveText(`step ${line7.step} of 0–${third.events.at(-1)!.step}`);
  await expect(variables.locator('.vp-event').first()).toHaveText(`step ${line7.step} · line 7`);
  await timeline.focus();
  await page.keyboard.press('End');
  await expect(position).toHaveText(`step ${third.events.at(-1)!.step} of 0–${third.events.at(-1)!.step}`);
  await expect(variables).toContainText('AssertionError');
  await page.screenshot({ path: testInfo.outputPath('trace-timeline-end.png') });
});
