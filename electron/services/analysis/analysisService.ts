import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { BootstrapOptions } from '../../../shared/analysis/bootstrap';
import type { FlipOptions } from '../../../shared/analysis/flips';
import type { DashboardResult, FlipsResult, PairedResult, ProblemResult } from '../../../shared/analysis/types';
import { RpcError } from '../../../shared/contract/errors';
import type { ColumnsSnapshot, ColumnsSource } from './columnsSource';
import { copyColumns } from './copyColumns';
import { createInThreadAnalysisService } from './inThreadService';
import type { AnalysisOp, PrepareSpec, Version } from './worker/protocol';
import { AnalysisWorkerClient } from './workerClient';
import { resolveWorkerBundle } from '../workerBundle';

export interface AnalysisService {
  /** `query` (the sample list's syntax, e.g. `model:codellama`) restricts every figure to the matching samples. */
  dashboard(datasetId: string, query?: string): Promise<DashboardResult>;
  flips(datasetId: string, from: number, to: number, options?: FlipOptions, query?: string): Promise<FlipsResult>;
  problem(datasetId: string, problemId: string): Promise<ProblemResult>;
  paired(datasetId: string, a: number, b: number, split: string | null, options?: BootstrapOptions, query?: string): Promise<PairedResult>;
  /** Drops cached aggregates of a dataset (closed or re-indexed). */
  forget(datasetId: string): void;
}

export interface AnalysisServiceOptions {
  /** The worker bundle; default: found beside this code (or built from source under vitest). Null: compute in-thread. */
  script?: string | null;
  /** Sees every worker thread started (tests use it to kill one). */
  onWorker?: (worker: Worker) => void;
}

// Filtered views are cached too (switching iterations in the flip finder must not rerun the query).
const CACHE_ENTRIES = 8;
// Base columns (a copy of about 30 bytes a row) kept in the worker for this many datasets.
const BASE_ENTRIES = 4;

interface Entry {
  version: Version;
  dashboard?: DashboardResult;
}

/** Map insertion order as LRU order: moves `key` to the back. */
function touch<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
}

/** The analysis worker's bundle (built from its sources and shared/analysis, stats, contract under vitest). */
function resolveAnalysisWorkerScript(): string | null {
  const shared = path.join(__dirname, '..', '..', '..', 'shared');
  return resolveWorkerBundle({
    name: 'analysisWorker',
    dir: __dirname,
    source: path.join(__dirname, 'worker', 'analysisWorker.ts'),
    sourceDirs: [path.join(__dirname, 'worker'), path.join(shared, 'analysis'), path.join(shared, 'stats'), path.join(shared, 'contract')],
  });
}

/**
 * Computes the dashboard, flips, problem grids and paired comparisons in a
 * worker thread, so that a computation on a million samples (0.1-0.6 s)
 * never stalls other IPC calls or, in serve mode, HTTP requests. The main
 * side takes the engine's snapshot, resolves queries (with the engine's own
 * workers) and copies the columns once per dataset version; the worker
 * keeps them with the per-problem cell counts, cached per dataset version
 * and query. This side mirrors that cache exactly (it sends every eviction),
 * so hits cost no round trip and a repeated dashboard is answered here.
 */
export function createAnalysisService(source: ColumnsSource, opts: AnalysisServiceOptions = {}): AnalysisService & { dispose(): Promise<void> } {
  const script = opts.script === undefined ? resolveAnalysisWorkerScript() : opts.script;
  if (!script) return { ...createInThreadAnalysisService(source), dispose: async () => {} };

  const entries = new Map<string, Entry>();
  const bases = new Map<string, Version>();
  const worker = new AnalysisWorkerClient(
    script,
    () => {
      entries.clear();
      bases.clear();
    },
    opts.onWorker,
  );

  async function snapshotOf(datasetId: string): Promise<ColumnsSnapshot> {
    const snapshot = await source.columns(datasetId);
    if (!snapshot) throw new RpcError('not-found', `No open dataset with id ${datasetId}`);
    return snapshot;
  }

  /** Runs `op` on the (dataset, query) entry; everything after the last await is synchronous, so the mirror stays exact. */
  async function run<T>(datasetId: string, query: string | undefined, op: AnalysisOp): Promise<T> {
    const started = performance.now();
    const q = query?.trim() ?? '';
    const key = `${datasetId}\u0000${q}`;
    let snapshot = await snapshotOf(datasetId);
    let rows: Uint32Array | undefined;
    if (q && entries.get(key)?.version !== snapshot.version) {
      if (!source.rows) throw new RpcError('unavailable', 'Filtering the analysis by a query is not available');
      const found = await source.rows(datasetId, q);
      if (found.error) throw new RpcError('bad-request', `Query not understood: ${found.error}`);
      rows = Uint32Array.from(found.rows);
      // Indexing may have gone on while the query ran: take the newest columns (rows past them are ignored).
      snapshot = await snapshotOf(datasetId);
    }
    const { version } = snapshot;
    // A dashboard says whether indexing was still going on when its columns were taken.
    if (op.op === 'dashboard') op = { ...op, indexing: snapshot.indexing };
    const hit = entries.get(key);
    if (hit?.version === version) {
      touch(entries, key, hit);
      if (op.op === 'dashboard' && hit.dashboard) return hit.dashboard as T;
      return remember(key, hit, op, worker.call<T>({ kind: 'call', key, version, op, prepMs: performance.now() - started }));
    }
    const transfer: ArrayBuffer[] = rows ? [rows.buffer as ArrayBuffer] : [];
    const prepare: PrepareSpec = { datasetId, baseVersion: version, rows };
    if (bases.get(datasetId) !== version) {
      const copied = copyColumns(snapshot.columns);
      prepare.base = copied.columns;
      transfer.push(...copied.transfer);
    }
    touch(bases, datasetId, version);
    const entry: Entry = { version };
    touch(entries, key, entry);
    const result = worker.call<T>({ kind: 'call', key, version, prepare, op, prepMs: performance.now() - started }, transfer);
    evict();
    return remember(key, entry, op, result).catch((err) => {
      // Forget the entry on both sides: the preparation may have failed (the worker holds nothing) or the
      // analysis after it (the worker holds the entry, which no eviction would then ever drop).
      if (entries.get(key) === entry) {
        entries.delete(key);
        worker.post({ kind: 'drop', keys: [key], datasets: [] });
      }
      throw err;
    });
  }

  /** Keeps a computed dashboard on this side: a repeated request does not wait behind a busy worker. */
  async function remember<T>(key: string, entry: Entry, op: AnalysisOp, result: Promise<T>): Promise<T> {
    const value = await result;
    if (op.op === 'dashboard' && entries.get(key) === entry) entry.dashboard = value as DashboardResult;
    return value;
  }

  function evict(): void {
    const keys: string[] = [];
    const datasets: string[] = [];
    while (entries.size > CACHE_ENTRIES) {
      const k = entries.keys().next().value!;
      entries.delete(k);
      keys.push(k);
    }
    while (bases.size > BASE_ENTRIES) {
      const d = bases.keys().next().value!;
      bases.delete(d);
      datasets.push(d);
    }
    if (keys.length || datasets.length) worker.post({ kind: 'drop', keys, datasets });
  }

  return {
    dashboard: (datasetId, query) => run(datasetId, query, { op: 'dashboard', indexing: false }),
    flips: (datasetId, from, to, options, query) => run(datasetId, query, { op: 'flips', from, to, options }),
    problem: (datasetId, problemId) => run(datasetId, undefined, { op: 'problem', problemId }),
    paired: (datasetId, a, b, split, options, query) => run(datasetId, query, { op: 'paired', a, b, split, options }),
    forget(datasetId) {
      const keys = [...entries.keys()].filter((k) => k.startsWith(`${datasetId}\u0000`));
      for (const k of keys) entries.delete(k);
      const had = bases.delete(datasetId);
      if (keys.length || had) worker.post({ kind: 'drop', keys, datasets: had ? [datasetId] : [] });
    },
    dispose: () => worker.dispose(),
  };
}
