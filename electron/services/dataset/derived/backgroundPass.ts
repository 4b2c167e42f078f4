import { adapterByName } from '../../../../shared/dataset/adapters';
import type { OpenDataset } from '../openDataset';
import { joinTask } from '../problems';
import { readRecordText } from '../readSample';
import { groundingProvider } from './registry';

/**
 * Fills the grounding columns for every row after indexing, a few hundred
 * rows per macrotask so requests keep being answered. Cancelled by returning
 * true from `cancelled`. Rows the provider cannot check get zero counts
 * (checked, nothing found), so `grounding:unchecked` only lists pending rows.
 */
export async function runGroundingPass(ds: OpenDataset, cancelled: () => boolean, onProgress: () => void): Promise<void> {
  const p = groundingProvider();
  if (!p) return;
  const order = ds.fileOrder();
  const { cols } = ds.columns;
  const adapters = new Map<string, ReturnType<typeof adapterByName>>();
  for (let i = 0; i < order.length; i++) {
    if (cancelled()) return;
    const r = order[i];
    if (cols.gContradicted[r] >= 0) continue;
    const f = ds.files[cols.file[r]];
    let adapter = adapters.get(f.adapter!);
    if (!adapter) adapters.set(f.adapter!, (adapter = adapterByName(f.adapter!, ds.mapping)));
    let counts = null;
    try {
      const { sample } = adapter.normalise(JSON.parse(await readRecordText(ds, r)), { file: f.source.relPath, pathFacts: f.pathFacts });
      const task = joinTask(sample.task, ds.problems.get(sample.problem_id));
      if (task) sample.task = task;
      counts = p.compute(sample);
    } catch {
      counts = null;
    }
    cols.gConsistent[r] = counts?.consistent ?? 0;
    cols.gContradicted[r] = counts?.contradicted ?? 0;
    cols.gUnverifiable[r] = counts?.unverifiable ?? 0;
    if (i % 500 === 499) {
      ds.generation++;
      onProgress();
      await new Promise((res) => setImmediate(res));
    }
  }
  ds.generation++;
  onProgress();
}
