import { create } from 'zustand';
import type { TraceJob } from '../../../../../shared/trace/onDemand';
import { api } from '../../../api';
import { runArgs, type JobLabel, type JobState, type SampleRuns } from './onDemandModel';
// Which program the timeline shows is view state (`viewStore.program`, kept in links), not a run's.

export type { JobLabel, JobState, SampleRuns } from './onDemandModel';

/**
 * Traces made on demand for samples that had none, by sample content hash.
 * The backend caches each trace by content too: `restore` asks it for them
 * (without running anything) when a sample is opened again, even after a restart.
 */
interface RunTraceStore {
  runs: Record<string, SampleRuns>;
  /** Show what the backend already traced for these jobs; runs nothing. Once per sample. */
  restore(key: string, jobs: readonly TraceJob[]): Promise<void>;
  /** Trace every job (buggy and fixed, or the reference) at once; each shows as it finishes. */
  run(key: string, jobs: readonly TraceJob[]): Promise<void>;
}

const empty: SampleRuns = { checking: false, jobs: {} };
// Traces can be large; older samples' runs are dropped (the backend's cache brings them back).
const KEEP_SAMPLES = 30;

function withRuns(runs: Record<string, SampleRuns>, key: string, value: SampleRuns): Record<string, SampleRuns> {
  const next = { ...runs, [key]: value };
  const keys = Object.keys(next);
  if (!(key in runs) && keys.length > KEEP_SAMPLES) delete next[keys[0]!];
  return next;
}

export const useRunTraceStore = create<RunTraceStore>()((set, get) => {
  const update = (key: string, change: (runs: SampleRuns) => SampleRuns) => set((s) => ({ runs: withRuns(s.runs, key, change(s.runs[key] ?? empty)) }));
  const setJob = (key: string, label: JobLabel, state: JobState) => update(key, (r) => ({ ...r, jobs: { ...r.jobs, [label]: state } }));
  return {
    runs: {},
    async restore(key, jobs) {
      if (get().runs[key] || !jobs.length) return;
      update(key, (r) => ({ ...r, checking: true }));
      await Promise.all(
        jobs.map(async (job) => {
          try {
            const hit = await api.request('trace:cached', runArgs(job));
            // A run started meanwhile wins over the cache's answer.
            if (hit && !get().runs[key]?.jobs[job.label]) setJob(key, job.label, { state: 'done', result: hit });
          } catch {
            // Nothing cached to show: the button is still there.
          }
        }),
      );
      update(key, (r) => ({ ...r, checking: false }));
    },
    async run(key, jobs) {
      const todo = jobs.filter((j) => get().runs[key]?.jobs[j.label]?.state !== 'running');
      for (const job of todo) setJob(key, job.label, { state: 'running' });
      await Promise.all(
        todo.map(async (job) => {
          let next: JobState;
          try {
            next = { state: 'done', result: await api.request('trace:run', runArgs(job)) };
          } catch (err) {
            next = { state: 'error', message: err instanceof Error ? err.message : String(err) };
          }
          setJob(key, job.label, next);
        }),
      );
    },
  };
});
