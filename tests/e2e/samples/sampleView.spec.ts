import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startServe, test } from '../fixtures';

/** A folder holding one JSONL file of the given records (copied again by the serve fixture). */
function datasetOf(records: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-samples-'));
  writeFileSync(join(dir, 'bad.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return dir;
}

const key = (i: number) => ({ problem_id: `bad/${i}`, split: 'train', iteration: 1, sample_index: i });
const trace = 'def f(n):  # (0) n=2\n    return n * 3  # (1) __return__=6\nassert f(2) == 4  # (2) __exception__ = AssertionError()';

test('one sample, everything linked: code ↔ timeline, rationale claims, fix diff, deep link', async ({ page, serve }, testInfo) => {
  await page.goto(serve.url);
  await page.getByTestId('sample-row-0').click();
  for (const pane of ['program-pane', 'tests-pane', 'rationale-pane', 'fix-pane', 'grounding-summary']) await expect(page.getByTestId(pane)).toBeVisible();
  await expect(page.getByTestId('grounding-summary')).toContainText(/\d+ claims?: \d+ consistent, \d+ contradicted, \d+ unverifiable/);
  await expect(page.getByTestId('claim-0')).toHaveAttribute('data-verdict', /consistent|contradicted|unverifiable/);

  // Clicking a code line that ran puts the cursor on its first step, and the line becomes current.
  await page.getByTestId('code-line-2').click();
  await expect(page.getByTestId('code-line-2')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('timeline-cursor')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('step')).not.toBeNull();

  // The program as the model saw it carries the NExT comments.
  await page.getByTestId('model-view-toggle').check();
  await expect(page.getByTestId('code-line-1')).toContainText('# (0)');
  await page.getByTestId('model-view-toggle').uncheck();
  await page.screenshot({ path: testInfo.outputPath('sample-view-light.png') });

  // The URL holds the view: a reload restores the same sample and step.
  const header = await page.getByTestId('sample-header').textContent();
  const url = page.url();
  expect(new URL(url).searchParams.get('sample')).toBe('0');
  await page.goto(url);
  await expect(page.getByTestId('sample-header')).toHaveText(header!);
  await expect(page.getByTestId('code-line-2')).toHaveAttribute('aria-current', 'step');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('sample-view-dark.png') });
});

test('bad input: each pane says what is missing and the rest still shows', async ({ page }, testInfo) => {
  const dir = datasetOf([
    { ...key(0), task: { buggy_code: 'def f(n):\n    return n * 3', tests: ['assert f(2) == 4'] }, rationale: 'No trace here, yet `n` is 2.' },
    { ...key(1), trace, rationale: '' },
    { ...key(2), trace, rationale: 'Before <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> after; it returns 6.' },
    { ...key(3), trace, rationale: ('The loop keeps going without any checkable claim. ' + 'x'.repeat(60) + '\n\n').repeat(1800) },
    { ...key(4), task: { buggy_code: 'def f(:\n  return )' }, rationale: 'Broken code.' },
  ]);
  const server = await startServe({ dataset: dir });
  try {
    await page.goto(server.url);
    await page.getByTestId('sample-row-0').click();
    await expect(page.getByTestId('trace-missing')).toContainText('This sample has no execution trace.');
    await expect(page.getByTestId('run-trace-button')).toBeVisible();
    await expect(page.getByTestId('grounding-summary')).toContainText('no trace to check them against');
    await expect(page.getByTestId('fix-missing')).toBeVisible();

    await page.getByTestId('sample-row-1').click();
    await expect(page.getByTestId('rationale-missing')).toHaveText('This sample has no rationale.');
    await expect(page.getByTestId('program-pane')).toContainText('return n * 3');

    await page.getByTestId('sample-row-2').click();
    await expect(page.getByTestId('rationale-pane')).toContainText('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.getByTestId('claim-0')).toHaveAttribute('data-verdict', 'consistent');

    await page.getByTestId('sample-row-3').click();
    await expect(page.getByTestId('rationale-show-all')).toBeVisible();
    await page.getByTestId('rationale-show-all').click();
    await expect(page.getByTestId('rationale-show-all')).toHaveCount(0);

    await page.getByTestId('sample-row-4').click();
    await expect(page.getByTestId('code-line-1')).toContainText('def f(:');
    await expect(page.getByTestId('tests-missing')).toHaveText('This sample has no tests.');
    await expect(page.getByTestId('sample-missing')).toContainText('trace');
    await page.screenshot({ path: testInfo.outputPath('sample-view-bad-input.png') });
  } finally {
    await server.stop();
  }
});

test('Run & trace makes a benchmark record explorable and reports a syntax error plainly', async ({ page }, testInfo) => {
  const dir = datasetOf([
    { ...key(0), task: { reference_code: 'def add(a, b):\n    total = a + b\n    return total', tests: ['assert add(1, 2) == 3', 'assert add(2, 2) == 5'], entry_point: 'add' } },
    { ...key(1), task: { buggy_code: 'def f(:\n    return 1', tests: ['assert f() == 1'] } },
  ]);
  const server = await startServe({ dataset: dir });
  try {
    await page.goto(server.url);
    await page.getByTestId('sample-row-0').click();
    await expect(page.getByTestId('program-reference')).toBeVisible();
    await page.getByTestId('run-trace-button').click();
    await expect(page.getByTestId('trace-panel')).toBeVisible();
    await expect(page.getByTestId('program-reference')).toBeVisible();
    await expect(page.getByTestId('program-traced-here')).toBeVisible();
    await expect(page.getByTestId('test-row-0')).toContainText('passes');
    await expect(page.getByTestId('test-row-1')).toContainText('assertion fails');
    await page.getByTestId('code-line-2').click();
    await expect(page.getByTestId('code-line-2')).toHaveAttribute('aria-current', 'step');
    await page.screenshot({ path: testInfo.outputPath('sample-view-run-trace.png') });

    await page.getByTestId('sample-row-1').click();
    await page.getByTestId('run-trace-button').click();
    await expect(page.getByTestId('tests-pane')).toContainText('syntax error');
  } finally {
    await server.stop();
  }
});

test('rationale claims are checked against the trace and linked to code and timeline', async ({ page }, testInfo) => {
  const sumTrace = [
    'def sum_to(n):  # (0) n=4',
    '    total = 0  # (1) total=0',
    '    for i in range(n):  # (2) i=0; (4) i=1; (6) i=2; (8) i=3',
    '        total += i  # (3) total=0; (5) total=1; (7) total=3; (9) total=6',
    '    return total  # (10) __return__=6',
    'assert sum_to(4) == 10  # (11) __exception__ = AssertionError()',
  ].join('\n');
  const dir = datasetOf([
    {
      ...key(0),
      trace: sumTrace,
      rationale: 'On line 4 the loop adds `i` to `total`. At step (7) `total` is 3, and the function returns 10. <b>If</b> it started at 1, total is 10 at the end.',
      task: { tests: ['assert sum_to(4) == 10'] },
    },
  ]);
  const server = await startServe({ dataset: dir });
  try {
    await page.goto(server.url);
    await page.getByTestId('sample-row-0').click();
    await expect(page.getByTestId('grounding-summary')).toContainText('4 claims: 2 consistent, 1 contradicted, 1 unverifiable');
    const contradicted = page.locator('[data-verdict="contradicted"]');
    await expect(contradicted).toHaveText('returns 10');
    await expect(contradicted).toHaveAttribute('title', /traced: 6/);
    // Hovering the line claim tints that code line; clicking a claim moves the cursor to its step.
    await page.getByTestId('claim-0').hover();
    await expect(page.getByTestId('code-line-4')).toHaveClass(/is-highlighted/);
    await page.getByTestId('claim-1').click();
    await expect(page.getByTestId('code-line-4')).toHaveAttribute('aria-current', 'step');
    expect(new URL(page.url()).searchParams.get('step')).toBe('7');
    await page.screenshot({ path: testInfo.outputPath('sample-view-grounding.png') });
  } finally {
    await server.stop();
  }
});
