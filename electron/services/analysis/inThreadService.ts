import { countCells, type CellCounts } from '../../../shared/analysis/cells';
import { computeDashboard } from '../../../shared/analysis/dashboard';
import { computeFlips } from '../../../shared/analysis/flips';
import { computePaired } from '../../../shared/analysis/paired';
import { computeProblem } from '../../../shared/analysis/problem';
import { selectRowsWithin } from '../../../shared/analysis/columns';
import type { DashboardResult } from '../../../shared/analysis/types';
import { RpcError } from '../../../shared/contract/errors';
import type { AnalysisService } from './analysisService';
import type { ColumnsSnapshot, ColumnsSource } from './columnsSource';

interface Prepared {
  version: number | string;
  snapshot: ColumnsSnapshot;
  cells: CellCounts;
  dashboard?: DashboardResult;
}

// Filtered views are cached too (switching iterations in the flip finder must not rerun the query).
const CACHE_ENTRIES = 8;

/**
 * Computes the dashboard, flips, problem grids and paired comparisons from
 * the engine's columns on the calling thread: the fallback when no worker
 * bundle exists, and the benchmark's baseline. The per-problem cell counts
 * (one pass over the rows) are cached per dataset version and query, so
 * switching iterations in the flip finder or the paired comparison does not
 * rescan a million rows.
 */
export function createInThreadAnalysisService(source: ColumnsSource): AnalysisService {
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
      // The query may have matched rows indexed after the snapshot was taken.
      columns = selectRowsWithin(columns, rows);
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
