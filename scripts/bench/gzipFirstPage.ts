import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatasetService } from '../../electron/services/dataset/datasetService';

/**
 * One open of a .jsonl.gz with a fresh cache, then a reopen from that cache:
 * time to the first page of 100 rows (polling `query` from `open`), to
 * ready, and the phase the bar showed at the first page. Prints one JSON
 * line; `gzipFirstPage.mjs` runs it for the old and the new engine. Only
 * the service's public API is used, so the same file runs on older commits.
 */
const file = path.resolve(process.argv[2]);
const PAGE = 100;

async function openTimed(cacheDir: string) {
  const svc = new DatasetService({ cacheDir, eagerWorkers: true });
  await svc.pool.ready; // started at app launch, before a dataset is opened
  try {
    const t0 = performance.now();
    const { id } = await svc.open(file);
    let firstPageMs = 0;
    let phase = '';
    for (;;) {
      const page = await svc.query(id, { query: '' }, 0, PAGE);
      const s = svc.summary(id);
      if (page.rows.length >= PAGE || s.state !== 'indexing') {
        firstPageMs = performance.now() - t0;
        phase = s.state === 'indexing' ? (s.progress?.phase ?? 'indexing') : s.state;
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const ds = await svc.openAndWait(file);
    return { firstPageMs: Math.round(firstPageMs), readyMs: Math.round(performance.now() - t0), phaseAtFirstPage: phase, records: ds.columns.count, fromCache: ds.fromCache };
  } finally {
    await svc.dispose();
  }
}

async function main() {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'tl-gzbench-'));
  try {
    const first = await openTimed(cacheDir);
    const reopen = await openTimed(cacheDir);
    console.log(JSON.stringify({ first, reopen }));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

void main();
