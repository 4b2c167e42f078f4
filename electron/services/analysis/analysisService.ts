import { countCells, type CellCounts } from '../../../shared/analysis/cells';
import { computeDashboard } from '../../../shared/analysis/dashboard';
import { computeFlips, type FlipOptions } from '../../../shared/analysis/flips';
import { computePaired } from '../../../shared/analysis/paired';
import { computeProblem } from '../../../shared/analysis/problem';
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
  dashboard(datasetId: string): Promise<DashboardResult>;
  flips(datasetId: string, from: number, to: number, options?: FlipOptions): Promise<FlipsResult>;
  problem(datasetId: string, problemId: string): Promise<ProblemResult>;
  paired(datasetId: string, a: number, b: number, split: string | null, options?: BootstrapOptions): Promise<PairedResult>;
  /** Drops cached aggregates of a dataset (closed or re-indexed). */
  forget(datasetId: string): void;
}

/**
 * Computes the dashboard, flips, problem grids and paired comparisons from
 * the engine's columns. The per-problem cell counts (one pass over the rows)
 * are cached per dataset version, so switching iterations in the flip finder
 * or the paired comparison does not rescan a million rows.
 */
export function createAnalysisService(source: ColumnsSource): AnalysisService {
  const cache = new Map<string, Prepared>();

  async function prepare(datasetId: string): Promise<Prepared> {
    const snapshot = await source.columns(datasetId);
    if (!snapshot) throw new RpcError('not-found', `No open dataset with id ${datasetId}`);
    const hit = cache.get(datasetId);
    if (hit && hit.version === snapshot.version) return hit;
    const prepared: Prepared = { version: snapshot.version, snapshot, cells: countCells(snapshot.columns) };
    cache.set(datasetId, prepared);
    return prepared;
  }

  return {
    async dashboard(datasetId) {
      const started = performance.now();
      const p = await prepare(datasetId);
      // computeMs is the cost of the last real computation (cell counts included), not of a cache hit.
      p.dashboard ??= {
        ...computeDashboard(p.snapshot.columns, p.cells),
        computeMs: Math.round((performance.now() - started) * 10) / 10,
        indexing: p.snapshot.indexing,
      };
      return p.dashboard;
    },
    async flips(datasetId, from, to, options) {
      const p = await prepare(datasetId);
      return computeFlips(p.snapshot.columns, p.cells, from, to, options);
    },
    async problem(datasetId, problemId) {
      const p = await prepare(datasetId);
      return computeProblem(p.snapshot.columns, p.cells, problemId);
    },
    async paired(datasetId, a, b, split, options) {
      const p = await prepare(datasetId);
      return computePaired(p.snapshot.columns, p.cells, a, b, split, options);
    },
    forget(datasetId) {
      cache.delete(datasetId);
    },
  };
}
