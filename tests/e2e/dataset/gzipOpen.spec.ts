import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, startServe, test } from '../fixtures';

/** About 2 MB of JSONL: enough that the .jsonl.gz is indexed while it is decompressed (from 256 KB on). */
function records(n: number): string {
  const rows = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ problem_id: `gz${i}`, split: 'dev', iteration: 1, sample_index: i, rationale: `Sample ${i}: ` + 'the loop stops one step early. '.repeat(60), passed: i % 2 === 0 }),
  );
  return rows.join('\n') + '\n';
}

const files = (dir: string) => readdirSync(dir).filter((n) => !n.startsWith('.'));

test('a .jsonl.gz lists its rows in file order, and a second server reuses its decompressed copy and index', async ({ page }) => {
  test.setTimeout(120_000); // two servers, one after the other, on a shared machine
  const sourceDir = mkdtempSync(join(tmpdir(), 'tl-e2e-gz-'));
  const source = join(sourceDir, 'run.jsonl.gz');
  writeFileSync(source, gzipSync(records(1000)));
  const first = await startServe({ dataset: source });
  try {
    await page.goto(first.url);
    await expect(page.getByTestId('index-done')).toHaveText('1,000 samples', { timeout: 30_000 });
    await expect(page.locator('.sample-row[data-position="0"]')).toContainText('gz0');
    await expect(page.locator('.sample-row[data-position="1"]')).toContainText('gz1');
    // The index is written to the cache just after 'ready': wait for it, then crash (no shutdown hook).
    const cache = join(first.userDataDir, 'index-cache');
    await expect.poll(() => files(cache).filter((n) => n.endsWith('.json')).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await first.kill();
    const second = await startServe({ dataDir: first.dataDir, userDataDir: first.userDataDir });
    try {
      await page.goto(second.url);
      await expect(page.getByTestId('index-done')).toHaveText('1,000 samples', { timeout: 30_000 });
      await expect(page.getByTestId('index-done')).toHaveAttribute('title', 'Index loaded from the cache');
      await expect(page.locator('.sample-row[data-position="0"]')).toContainText('gz0');
      // One finished copy and its issues file; the crashed server's part file (a second name for the copy) is swept.
      const converted = join(cache, 'converted');
      await expect.poll(() => files(converted).filter((n) => n.endsWith('.part')), { timeout: 30_000 }).toEqual([]);
      expect(files(converted).filter((n) => n.endsWith('.jsonl'))).toHaveLength(1);
      expect(files(converted).filter((n) => n.endsWith('.jsonl.issues.json'))).toHaveLength(1);
    } finally {
      await second.stop();
    }
  } finally {
    await first.stop();
    rmSync(sourceDir, { recursive: true, force: true });
  }
});
