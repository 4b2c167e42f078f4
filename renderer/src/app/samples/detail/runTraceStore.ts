import { create } from 'zustand';
import type { TraceRunResult } from '../../../../../shared/contract';
import { api } from '../../../api';

/** Traces made on demand for samples that had none, by sample content hash (the backend caches by code too). */
export type RunState = { state: 'running' } | { state: 'done'; result: TraceRunResult } | { state: 'error'; message: string };

interface RunTraceStore {
  runs: Record<string, RunState>;
  run(key: string, args: { code: string; tests: string[]; entry_point?: string }): Promise<void>;
}

export const useRunTraceStore = create<RunTraceStore>()((set, get) => ({
  runs: {},
  async run(key, args) {
    if (get().runs[key]?.state === 'running') return;
    set((s) => ({ runs: { ...s.runs, [key]: { state: 'running' } } }));
    let next: RunState;
    try {
      next = { state: 'done', result: await api.request('trace:run', args) };
    } catch (err) {
      next = { state: 'error', message: err instanceof Error ? err.message : String(err) };
    }
    set((s) => ({ runs: { ...s.runs, [key]: next } }));
  },
}));
