import { matchesNumber, matchesString, type FacetFilter } from '../../../../shared/query/parseQuery';
import type { Columns, Dict } from '../columns';

export type RowPredicate = (r: number) => boolean;

/**
 * Resolves `label:` filters from the labels the backend knows of (the label
 * journal); without one, label filters are a query error.
 */
export interface LabelFilterHook {
  /** Loads what `compile` needs for a dataset (replays its journal once). */
  prepare(datasetId: string): Promise<void>;
  /** Changes whenever the dataset's labels change: cached label queries are then recomputed. */
  version(datasetId: string): number;
  compile(filter: Extract<FacetFilter, { field: 'label' }>, columns: Columns, datasetId: string): RowPredicate;
}

/** What a label filter is evaluated against. */
export interface LabelScope {
  hook: LabelFilterHook | null;
  datasetId: string;
}

/** Which dictionary codes a string filter accepts, computed once per query. */
function allowedCodes(dict: Dict, patterns: string[]): Uint8Array {
  const ok = new Uint8Array(dict.values.length);
  dict.values.forEach((v, i) => (ok[i] = matchesString(patterns, v) ? 1 : 0));
  return ok;
}

function compileOne(f: FacetFilter, c: Columns, labels: LabelScope | null): RowPredicate {
  const cols = c.cols;
  switch (f.field) {
    case 'iteration':
      return (r) => matchesNumber(f.conds, cols.iteration[r]);
    case 'sample_index':
      return (r) => matchesNumber(f.conds, cols.sampleIndex[r]);
    case 'rationaleChars':
      return (r) => matchesNumber(f.conds, cols.rationaleChars[r]);
    case 'split': {
      const ok = allowedCodes(c.splits, f.values);
      return (r) => ok[cols.split[r]] === 1;
    }
    case 'problem_id': {
      const ok = allowedCodes(c.problems, f.values);
      return (r) => ok[cols.problem[r]] === 1;
    }
    case 'model': {
      const ok = allowedCodes(c.models, f.values);
      const none = f.values.some((v) => v === 'none' || v === 'null');
      return (r) => (cols.model[r] < 0 ? none : ok[cols.model[r]] === 1);
    }
    case 'passed': {
      const want = new Set<number>(f.values.map((v) => (v === null ? -1 : v ? 1 : 0)));
      return (r) => want.has(cols.passed[r]);
    }
    case 'grounding': {
      const tests = f.values.map((v): RowPredicate => {
        if (v === 'unchecked') return (r) => cols.gContradicted[r] < 0;
        if (v === 'contradicted') return (r) => cols.gContradicted[r] > 0;
        if (v === 'unverifiable') return (r) => cols.gUnverifiable[r] > 0;
        // consistent: checked, some consistent claims and none contradicted
        return (r) => cols.gContradicted[r] === 0 && cols.gConsistent[r] > 0;
      });
      return (r) => tests.some((t) => t(r));
    }
    case 'label':
      if (!labels?.hook) throw new Error('label: filters need the labels store, which this backend does not provide yet');
      return labels.hook.compile(f, c, labels.datasetId);
  }
}

/** One predicate for all filters (AND), honouring `-` negation; null when there are none. */
export function compileFilters(filters: FacetFilter[], c: Columns, labels: LabelScope | null): RowPredicate | null {
  if (filters.length === 0) return null;
  const preds = filters.map((f) => {
    const p = compileOne(f, c, labels);
    return f.negate ? (r: number) => !p(r) : p;
  });
  if (preds.length === 1) return preds[0];
  return (r) => {
    for (const p of preds) if (!p(r)) return false;
    return true;
  };
}
