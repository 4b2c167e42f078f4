import { canonicalAdapter } from './canonical';
import { debugBenchAdapter } from './debugbench';
import { humanEvalAdapter } from './humaneval';
import { mappingAdapter, parseMapping, type FieldMapping } from './mapping';
import { mbppAdapter } from './mbpp';
import type { Adapter } from './types';

export type { Adapter, AdapterContext, FieldAccess, FacetResult, RowFacets, Normalised } from './types';
export { isFacetError } from './types';
export { scanAccess, recordAccess } from './fieldAccess';
export { parseMapping, mappingAdapter, type FieldMapping } from './mapping';
export { UNKNOWN_SPLIT } from './canonical';

const BUILT_IN: Record<string, Adapter> = {
  canonical: canonicalAdapter,
  mbpp: mbppAdapter,
  humaneval: humanEvalAdapter,
  debugbench: debugBenchAdapter,
};

/**
 * Which built-in adapter reads a file whose first record has these top-level
 * keys, or null when none does (the UI then offers the mapping form).
 */
export function detectAdapter(keys: readonly string[]): string | null {
  const has = (k: string) => keys.includes(k);
  if (has('problem_id')) return 'canonical';
  if (has('task_id') && has('prompt') && has('canonical_solution')) return 'humaneval';
  if (has('task_id') && has('text') && has('test_list')) return 'mbpp';
  if (has('slug') && has('buggy_code')) return 'debugbench';
  return null;
}

/** The adapter for a name from `detectAdapter` or `mapping:<name>` (with the mapping's JSON). */
export function adapterByName(name: string, mapping?: FieldMapping | null): Adapter {
  if (name.startsWith('mapping:')) {
    if (!mapping) throw new Error(`adapter ${name} needs its mapping`);
    return mappingAdapter(mapping);
  }
  const a = BUILT_IN[name];
  if (!a) throw new Error(`unknown adapter ${name}`);
  return a;
}

/** Parses a mapping or throws with the reason (for request handlers). */
export function mappingOrThrow(text: string): FieldMapping {
  const m = parseMapping(text);
  if ('error' in m) throw new Error(m.error);
  return m;
}
