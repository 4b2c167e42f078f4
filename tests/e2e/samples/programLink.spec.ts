import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startServe, test } from '../fixtures';

const buggy = 'def sum_to(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total';
const fixed = buggy.replace('range(n)', 'range(1, n + 1)');

test('the program on the timeline after Run & trace is in the link: a reload shows the fix again, not the buggy program', async ({ page }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-program-link-'));
  const record = { problem_id: 'prog/0', split: 'train', iteration: 1, sample_index: 0, task: { buggy_code: buggy, tests: ['assert sum_to(3) == 6'], entry_point: 'sum_to' }, fixed_code: fixed };
  writeFileSync(join(dir, 'prog.jsonl'), JSON.stringify(record) + '\n');
  const server = await startServe({ dataset: dir });
  try {
    await page.goto(server.url);
    await page.getByTestId('sample-row-0').click();
    await page.getByTestId('run-trace-button').click();
    await expect(page.getByTestId('trace-choice-fixed')).toContainText('1/1 test pass', { timeout: 30_000 });
    await expect(page.getByTestId('trace-choice-buggy')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('trace-choice-fixed').click();
    await expect(page.getByTestId('program-fixed')).toBeVisible();
    await page.getByTestId('code-line-3').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('prog')).toBe('fixed');

    await page.reload();
    await expect(page.getByTestId('trace-choice-fixed')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('program-fixed')).toBeVisible();
    await expect(page.getByTestId('code-line-3')).toContainText('range(1, n + 1)');
    await expect(page.getByTestId('code-line-3')).toHaveAttribute('aria-current', 'step');
    await page.screenshot({ path: testInfo.outputPath('program-link-fixed.png') });

    // Choosing the buggy program again is kept the same way.
    await page.getByTestId('trace-choice-buggy').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('prog')).toBe('buggy');
    await expect(page.getByTestId('code-line-3')).toContainText('range(n)');
  } finally {
    await server.stop();
  }
});
