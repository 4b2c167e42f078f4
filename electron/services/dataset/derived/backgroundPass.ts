import { promises as fs, type promises as fsp } from 'node:fs';
import { adapterByName, type Adapter } from '../../../../shared/dataset/adapters';
import type { OpenDataset } from '../openDataset';
import { joinTask } from '../problems';
import { groundingProvider } from './registry';

/** Main-thread time per slice before yielding, so requests keep being answered. */
const SLICE_MS = 15;

/**
 * Fills the grounding columns for every row after indexing, in file order,
 * in slices of about 15 ms. Cancelled by returning true from `cancelled`.
 * Rows the provider cannot check get zero counts (checked, nothing found),
 * so `grounding:unchecked` only lists rows still pending.
 */
export async function runGroundingPass(ds: OpenDataset, cancelled: () => boolean, onProgress: () => void): Promise<void> {
  const p = groundingProvider();
  if (!p) return;
  const order = ds.fileOrder();
  const { cols } = ds.columns;
  const adapters = new Map<string, Adapter>();
  const handles = new Map<number, fsp.FileHandle>();
  let buf = Buffer.allocUnsafe(1 << 20);
  let computed = 0;
  try {
    let sliceStart = Date.now();
    for (let i = 0; i < order.length; i++) {
      if (cancelled()) return;
      const r = order[i];
      if (cols.gContradicted[r] >= 0) continue;
      const f = ds.files[cols.file[r]];
      let adapter = adapters.get(f.adapter!);
      if (!adapter) adapters.set(f.adapter!, (adapter = adapterByName(f.adapter!, ds.mapping)));
      let fh = handles.get(cols.file[r]);
      if (!fh) handles.set(cols.file[r], (fh = await fs.open(f.dataPath, 'r')));
      if (buf.length < cols.length[r]) buf = Buffer.allocUnsafe(cols.length[r]);
      let counts = null;
      try {
        const { bytesRead } = await fh.read(buf, 0, cols.length[r], cols.offset[r]);
        const { sample } = adapter.normalise(JSON.parse(buf.toString('utf8', 0, bytesRead)), { file: f.source.relPath, pathFacts: f.pathFacts });
        const task = joinTask(sample.task, ds.problems.get(sample.problem_id));
        if (task) sample.task = task;
        counts = p.compute(sample);
      } catch {
        counts = null;
      }
      cols.gConsistent[r] = counts?.consistent ?? 0;
      cols.gContradicted[r] = counts?.contradicted ?? 0;
      cols.gUnverifiable[r] = counts?.unverifiable ?? 0;
      computed++;
      if (Date.now() - sliceStart > SLICE_MS) {
        ds.generation++;
        onProgress();
        await new Promise((res) => setImmediate(res));
        sliceStart = Date.now();
      }
    }
  } finally {
    for (const fh of handles.values()) await fh.close();
  }
  if (computed === 0) return;
  ds.generation++;
  onProgress();
}
