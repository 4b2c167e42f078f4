import { countCells, type CellCounts } from '../../../../shared/analysis/cells';
import { selectRowsWithin, type SampleColumns } from '../../../../shared/analysis/columns';
import { computeDashboard } from '../../../../shared/analysis/dashboard';
import { computeFlips } from '../../../../shared/analysis/flips';
import { computePaired } from '../../../../shared/analysis/paired';
import { computeProblem } from '../../../../shared/analysis/problem';
import { RpcError, type RpcErrorShape } from '../../../../shared/contract/errors';
import type { FromWorker, PrepareSpec, ToWorker, Version } from './protocol';

interface Prepared {
  version: Version;
  columns: SampleColumns;
  cells: CellCounts;
}

/**
 * The worker's state: the latest base columns of each dataset (copies the
 * main side sent) and the prepared entries (columns and their per-problem
 * cell counts) per dataset and query. It holds exactly what the main side's
 * mirror says; evictions come as `drop` messages.
 */
export class AnalysisCore {
  private bases = new Map<string, { version: Version; columns: SampleColumns }>();
  private prepared = new Map<string, Prepared>();

  handle(msg: ToWorker): FromWorker | null {
    if (msg.kind === 'drop') {
      for (const k of msg.keys) this.prepared.delete(k);
      for (const d of msg.datasets) this.bases.delete(d);
      return null;
    }
    try {
      return { kind: 'result', id: msg.id, value: this.call(msg) };
    } catch (err) {
      return { kind: 'error', id: msg.id, error: errorShape(err) };
    }
  }

  private call(msg: Extract<ToWorker, { kind: 'call' }>): unknown {
    const started = performance.now();
    if (msg.prepare) this.prepare(msg.key, msg.version, msg.prepare);
    const p = this.prepared.get(msg.key);
    if (!p || p.version !== msg.version) throw new RpcError('internal', `Analysis worker has no columns for ${JSON.stringify(msg.key)} version ${msg.version}`);
    const op = msg.op;
    switch (op.op) {
      case 'dashboard':
        // computeMs is the cost of the real computation (main-side preparation and cell counts included).
        return { ...computeDashboard(p.columns, p.cells), computeMs: Math.round((msg.prepMs + performance.now() - started) * 10) / 10, indexing: op.indexing };
      case 'flips':
        return computeFlips(p.columns, p.cells, op.from, op.to, op.options);
      case 'problem':
        return computeProblem(p.columns, p.cells, op.problemId);
      case 'paired':
        return computePaired(p.columns, p.cells, op.a, op.b, op.split, op.options);
    }
  }

  private prepare(key: string, version: Version, spec: PrepareSpec): void {
    if (spec.base) this.bases.set(spec.datasetId, { version: spec.baseVersion, columns: spec.base });
    const base = this.bases.get(spec.datasetId);
    if (!base || base.version !== spec.baseVersion) throw new RpcError('internal', `Analysis worker has no base columns for ${spec.datasetId} version ${spec.baseVersion}`);
    // The query may have run after more rows were indexed than this copy holds.
    const columns = spec.rows ? selectRowsWithin(base.columns, spec.rows) : base.columns;
    this.prepared.set(key, { version, columns, cells: countCells(columns) });
  }
}

/** RpcErrors keep their kind; anything else is a bug in the analysis ('internal'). */
function errorShape(err: unknown): RpcErrorShape {
  if (err instanceof RpcError) return err.toShape();
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}
