// Part of the dashboard benchmark: the analysis requests as a user waits for
// them, from the in-thread service (the old way) and the worker-backed one in
// the same run, with how long each blocks the main thread's event loop.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { columnsFromSamples, type SampleColumns } from '../../shared/analysis/columns';
import type { DashboardResult } from '../../shared/analysis/types';
import { createAnalysisService, type AnalysisService } from '../../electron/services/analysis/analysisService';
import type { ColumnsSource } from '../../electron/services/analysis/columnsSource';
import { copyColumns } from '../../electron/services/analysis/copyColumns';
import { createInThreadAnalysisService } from '../../electron/services/analysis/inThreadService';

const line = (label: string, value: string) => console.log(`${label.padEnd(56)} ${value}`);
const ms = (v: number) => `${v.toFixed(1).padStart(8)} ms`;

/** Wall time of `fn`, and the longest event-loop stall while it ran (monitorEventLoopDelay, 1 ms resolution). */
async function measure<T>(fn: () => Promise<T>): Promise<{ value: T; wall: number; stall: number }> {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  // The sampler drops its first interval: let it tick before the call, or a stall right away goes unseen.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const t0 = performance.now();
  const value = await fn();
  const wall = performance.now() - t0;
  // Let the sampler's delayed timer fire: a stall made of microtasks is only recorded on the next turn.
  await new Promise((resolve) => setTimeout(resolve, 20));
  h.disable();
  return { value, wall, stall: h.max / 1e6 };
}

/** The main-thread cost of handing a dataset version to the worker: the columns' copy (the buffers are then transferred). */
export function transferCost(cols: SampleColumns): void {
  const runs: number[] = [];
  let bytes = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const { transfer } = copyColumns(cols);
    runs.push(performance.now() - t0);
    bytes = transfer.reduce((sum, b) => sum + b.byteLength, 0);
  }
  runs.sort((a, b) => a - b);
  line(`transfer: copy ${(bytes / 1e6).toFixed(1)} MB of columns for the worker`, `${ms(runs[1]!)}  (median of 3, min ${runs[0]!.toFixed(1)}, max ${runs[2]!.toFixed(1)})`);
}

interface Figures {
  cold: number;
  cached: number;
  coldStall: number;
  paired: number;
  pairedStall: number;
}

async function run(name: string, service: AnalysisService, first: number, last: number): Promise<{ figures: Figures; dash: DashboardResult }> {
  const cold = await measure(() => service.dashboard('bench'));
  line(`analysis:dashboard, first request (cold), ${name}`, `${ms(cold.wall)}  (longest main-thread stall ${cold.stall.toFixed(1)} ms)`);
  const cached = await measure(() => service.dashboard('bench'));
  line(`analysis:dashboard, repeated (cached), ${name}`, ms(cached.wall));
  const paired = await measure(() => service.paired('bench', first, last, null, { resamples: 2000, seed: 1 }));
  line(`analysis:paired ${first} vs ${last} (2,000 resamples), ${name}`, `${ms(paired.wall)}  (longest main-thread stall ${paired.stall.toFixed(1)} ms)`);
  return { figures: { cold: cold.wall, cached: cached.wall, coldStall: cold.stall, paired: paired.wall, pairedStall: paired.stall }, dash: cold.value };
}

/** Runs both services on `source`'s dataset 'bench'; `script` is the worker bundle. */
export async function compareServices(source: ColumnsSource, script: string | null, first: number, last: number): Promise<DashboardResult> {
  const before = await run('in-thread', createInThreadAnalysisService(source), first, last);
  if (!script) {
    line('worker-backed service', 'skipped (no worker bundle)');
    return before.dash;
  }
  const tiny = { columns: columnsFromSamples([{ problem_id: 'p', split: 'dev', iteration: 0, sample_index: 0, passed: true }]), version: 1, indexing: false };
  const service = createAnalysisService({ ...source, columns: (id) => (id === 'tiny' ? tiny : source.columns(id)) }, { script });
  const t0 = performance.now();
  await service.dashboard('tiny');
  line('worker start-up (first call, one-sample dataset)', ms(performance.now() - t0));
  const after = await run('worker', service, first, last);
  await service.dispose();
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');
  line('longest main-thread stall, in-thread / worker', `dashboard ${ratio(before.figures.coldStall, after.figures.coldStall)}, paired ${ratio(before.figures.pairedStall, after.figures.pairedStall)}`);
  return after.dash;
}
