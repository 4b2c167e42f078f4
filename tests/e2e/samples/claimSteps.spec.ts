import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startServe, test } from '../fixtures';

// Two tests, each numbered from step 0: the rationale's claim is about step 1 of the second one.
const trace = {
  format: 'tracelens.trace/v1',
  code: 'def sum_to(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total',
  tests: [
    {
      test: 'assert sum_to(1) == 1',
      outcome: 'failed',
      passed: false,
      truncated: false,
      stdout: '',
      events: [
        { step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '1' } },
        { step: 1, line: 2, kind: 'line', func: 'sum_to', changed: { total: '1' } },
        { step: 2, line: 5, kind: 'return', func: 'sum_to', changed: { __return__: '1' }, returnValue: '1' },
      ],
    },
    {
      test: 'assert sum_to(0) == 0',
      outcome: 'ok',
      passed: true,
      truncated: false,
      stdout: '',
      events: [
        { step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '0' } },
        { step: 1, line: 2, kind: 'line', func: 'sum_to', changed: { total: '0' } },
      ],
    },
  ],
};

test('a claim about the second test puts the cursor in that test on the "All traced tests" timeline', async ({ page }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-claim-steps-'));
  const record = { problem_id: 'steps/0', split: 'train', iteration: 1, sample_index: 0, trace, rationale: 'For the empty range, `total` is 0.' };
  writeFileSync(join(dir, 'steps.jsonl'), JSON.stringify(record) + '\n');
  const server = await startServe({ dataset: dir });
  try {
    await page.goto(server.url);
    await page.getByTestId('sample-row-0').click();
    await page.getByTestId('test-row-all').click();
    const claim = page.getByTestId('claim-0');
    await expect(claim).toHaveAttribute('data-verdict', 'consistent');
    // The first test covers steps 0-2; the second test's step 1 is step 4 of the combined timeline.
    await claim.hover();
    await expect(page.getByTestId('timeline-preview')).toHaveAttribute('data-step', '4');
    await claim.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('4');
    expect(new URL(page.url()).searchParams.get('test')).toBe('all');
    await expect(page.getByTestId('variables-panel')).toContainText('step 4 · line 2');
    await page.screenshot({ path: testInfo.outputPath('claim-all-tests.png') });

    // With the first test alone on the timeline, the claim switches to the second test's own timeline.
    await page.getByTestId('test-row-0').click();
    await page.getByTestId('claim-0').click();
    await expect(page.getByTestId('test-row-1')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('1');
  } finally {
    await server.stop();
  }
});
