import type { BootstrapOptions } from '../../../../shared/analysis/bootstrap';
import type { SampleColumns } from '../../../../shared/analysis/columns';
import type { FlipOptions } from '../../../../shared/analysis/flips';
import type { RpcErrorShape } from '../../../../shared/contract/errors';

/** One analysis, with its arguments. */
export type AnalysisOp =
  | { op: 'dashboard'; indexing: boolean }
  | { op: 'flips'; from: number; to: number; options?: FlipOptions }
  | { op: 'problem'; problemId: string }
  | { op: 'paired'; a: number; b: number; split: string | null; options?: BootstrapOptions };

export type Version = number | string;

/**
 * How to build a cache entry the worker does not have yet: from the
 * dataset's base columns (sent along when the worker lacks this version;
 * the buffers are transferred), restricted to `rows` for a query.
 */
export interface PrepareSpec {
  datasetId: string;
  baseVersion: Version;
  base?: SampleColumns;
  /** Dataset indices a query matched; indices past the base's length (rows indexed since) are ignored. */
  rows?: Uint32Array;
}

/**
 * The main side decides what the worker caches and mirrors it exactly (it
 * sends every eviction), so a cache hit never costs a round trip.
 */
export type ToWorker =
  | { kind: 'call'; id: number; key: string; version: Version; prepare?: PrepareSpec; op: AnalysisOp; prepMs: number }
  | { kind: 'drop'; keys: string[]; datasets: string[] };

export type FromWorker = { kind: 'result'; id: number; value: unknown } | { kind: 'error'; id: number; error: RpcErrorShape };
