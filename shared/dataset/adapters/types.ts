import type { PathFacts } from '../pathInfer';
import type { ScanSpec } from '../scan/scanRecord';
import type { Sample } from '../types';

/** The index columns of one record: what the fast scanner must deliver. */
export interface RowFacets {
  problem_id: string;
  split: string;
  iteration: number;
  sample_index: number;
  model: string | null;
  passed: boolean | null;
  rationaleChars: number;
}

export interface AdapterContext {
  /** Path relative to the dataset root, for messages. */
  file: string;
  pathFacts: PathFacts;
}

/**
 * Read access to a record's top-level fields, from the fast scanner (only
 * the adapter's wanted keys; objects appear as NESTED) or from a parsed
 * record (`full`: everything available).
 */
export interface FieldAccess {
  full: boolean;
  /** The parsed record, when `full`. */
  record?: Record<string, unknown>;
  get(key: string): unknown;
  /** JS length of a string field, when it is a string. */
  chars(key: string): number | undefined;
}

/** `{ error }` skips the record with that reason; null asks for the JSON.parse path. */
export type FacetResult = RowFacets | { error: string } | null;

export interface Normalised {
  sample: Sample;
  warnings: string[];
}

/** Reads one source format: cheap facets for the index, full normalisation for the sample view. */
export interface Adapter {
  /** 'canonical', 'mbpp', 'humaneval', 'debugbench' or 'mapping:<name>'. */
  name: string;
  /** Keys for the fast scanner; null means always JSON.parse (e.g. nested mapping paths). */
  spec: ScanSpec | null;
  facets(fields: FieldAccess, ctx: AdapterContext): FacetResult;
  normalise(record: Record<string, unknown>, ctx: AdapterContext): Normalised;
}

export function isFacetError(r: FacetResult): r is { error: string } {
  return r !== null && 'error' in r;
}
