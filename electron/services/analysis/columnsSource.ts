import type { SampleColumns } from '../../../shared/analysis/columns';

/** A snapshot of an open dataset's columns, as the dataset engine hands it out. */
export interface ColumnsSnapshot {
  columns: SampleColumns;
  /** Changes whenever the columns do (more rows indexed, a file re-read): the cache key. */
  version: number | string;
  /** True while indexing continues. */
  indexing: boolean;
}

/**
 * The one accessor the analysis needs from the dataset engine: the compact
 * columns of an open dataset, or null when no dataset has that id.
 */
export interface ColumnsSource {
  columns(datasetId: string): ColumnsSnapshot | null | Promise<ColumnsSnapshot | null>;
  /** Dataset indices matching a search query in the engine's syntax; `error` when it was not understood. */
  rows?(datasetId: string, query: string): Promise<{ rows: ArrayLike<number>; error?: string }>;
}
