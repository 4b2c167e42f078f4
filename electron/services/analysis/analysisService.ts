import { countCells, type CellCounts } from '../../../shared/analysis/cells';
import { computeDashboard } from '../../../shared/analysis/dashboard';
import { computeFlips, type FlipOptions } from '../../../shared/analysis/flips';
import { computePaired } from '../../../shared/analysis/paired';
import { computeProblem } from '../../../shared/analysis/problem';
import { selectRows } from '../../../shared/analysis/columns';
import type { DashboardResult, FlipsResult, PairedResult, ProblemResult } from '../../../shared/analysis/types';
import type { BootstrapOptions } from '../../../shared/analysis/bootstrap';
import { RpcError } from '../../../shared/contract/errors';
import type { ColumnsSnapshot, ColumnsSource } from './columnsSource';

interface Prepared {
  version: number | string;
  snapshot: ColumnsSnapshot;
  cells: CellCounts;
  dashboard?: DashboardResult;
}

export interface AnalysisService {
  /** `query` (the sample list's syntax, e.g. `model:codellama`) restricts every figure to the matching samples. */
  dashboard(datasetId: string, query?: string): Promise<DashboardResult>;
  flips(datasetId: string, from: number, to: number, options?: FlipOptions, query?: string): Promise<FlipsResult>;
  problem(datasetId: string, problemId: string): Promise<ProblemResult>;
  paired(datasetId: string, a: number, b: number, split: string | null, options?: BootstrapOptions, query?: string): Promise<PairedResult>;
  /** Drops cached aggregates of a dataset (closed or re-indexed). */
  forget(datasetId: string): void;
}

// Filtered views are cached too (switching iterations in the flip finder must not rerun the query).
const CACHE_ENTRIES = 8;

/**
 * Computes the dashboard, flips, problem grids and paired comparisons from
 * the engine's columns. The per-problem cell counts (one pass over the rows)
 * are cached per dataset version and query, so switching iterations in the
 * flip finder or the paired comparison does not rescan a million rows.
 */
export function createAnalysisService(source: ColumnsSource): AnalysisService {
  const cache = new Map<string, Prepared>();

  async function prepare(datasetId: string, query = ''): Promise<Prepared> {
    const snapshot = await source.columns(datasetId);
    if (!snapshot) throw new RpcError('not-found', `No open dataset with id ${datasetId}`);
    const key = `${datasetId}\u0000${query.trim()}`;
    const hit = cache.get(key);
    if (hit && hit.version === snapshot.version) {
      // Refresh its place in the LRU order.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    let columns = snapshot.columns;
    if (query.trim()) {
      if (!source.rows) throw new RpcError('unavailable', 'Filtering the analysis by a query is not available');
      const { rows, error } = await source.rows(datasetId, query);
      if (error) throw new RpcError('bad-request', `Query not understood: ${error}`);
      columns = selectRows(columns, rows);
    }
    const prepared: Prepared = { version: snapshot.version, snapshot: { ...snapshot, columns }, cells: countCells(columns) };
    cache.set(key, prepared);
    while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    return prepared;
  }

  return {
    async dashboard(datasetId, query) {
      const started = performance.now();
      const p = await prepare(datasetId, query);
      // computeMs is the cost of the last real computation (cell counts included), not of a cache hit.
      p.dashboard ??= {
        ...computeDashboard(p.snapshot.columns, p.cells),
        computeMs: Math.round((performance.now() - started) * 10) / 10,
        indexing: p.snapshot.indexing,
      };
      return p.dashboard;
    },
    async flips(datasetId, from, to, options, query) {
      const p = await prepare(datasetId, query);
      return computeFlips(p.snapshot.columns, p.cells, from, to, options);
    },
    async problem(datasetId, problemId) {
      const p = await prepare(datasetId);
      return computeProblem(p.snapshot.columns, p.cells, problemId);
    },
    async paired(datasetId, a, b, split, options, query) {
      const p = await prepare(datasetId, query);
      return computePaired(p.snapshot.columns, p.cells, a, b, split, options);
    },
    forget(datasetId) {
      for (const key of [...cache.keys()]) if (key.startsWith(`${datasetId}\u0000`)) cache.delete(key);
    },
  };
}
