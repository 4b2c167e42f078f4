import type { DatasetSummary, LabelFacets } from '../../../../../shared/contract';
import { canonicalKey, queryKeys } from './keys';
import { quoteValue, tokenAt } from './queryText';

export interface Completion {
  /** What the list shows. */
  label: string;
  /** Text that replaces the term under the caret. */
  insert: string;
  /** Count or description shown beside the label. */
  detail: string;
}

export interface CompletionResult {
  /** Range of the text replaced when a completion is accepted. */
  from: number;
  to: number;
  items: Completion[];
}

type Facets = DatasetSummary['facets'] | null;

const MAX_ITEMS = 12;

/** Known values for a key, most frequent first, from the summary's facets (and the labels' for `label:`). */
export function facetValues(key: string, facets: Facets, labels: LabelFacets | null = null): { value: string; count: number | null }[] {
  switch (key) {
    case 'label': {
      const total = facets ? facets.passed.passed + facets.passed.failed + facets.passed.unknown : null;
      const labelled = labels?.labelled ?? null;
      return [
        { value: 'labelled', count: labelled },
        { value: 'unlabelled', count: labelled !== null && total !== null ? Math.max(0, total - labelled) : null },
        ...(labels?.annotators ?? []).map((a) => ({ value: a.value, count: a.count })),
      ];
    }
    case 'split':
      return (facets?.splits ?? []).map((f) => ({ value: f.value, count: f.count }));
    case 'iter':
      return (facets?.iterations ?? []).map((f) => ({ value: String(f.value), count: f.count }));
    case 'model':
      return (facets?.models ?? []).map((f) => ({ value: f.value, count: f.count }));
    case 'passed':
    case 'is': {
      const [yes, no, unknown] = key === 'is' ? ['passed', 'failed', 'unknown'] : ['true', 'false', 'unknown'];
      const p = facets?.passed;
      return [
        { value: yes, count: p?.passed ?? null },
        { value: no, count: p?.failed ?? null },
        // Only offered when some samples really have no outcome.
        ...(p && p.unknown > 0 ? [{ value: unknown, count: p.unknown }] : []),
      ];
    }
    case 'grounding':
      return ['contradicted', 'consistent', 'unverifiable', 'unchecked'].map((value) => ({ value, count: null }));
    default:
      return [];
  }
}

/**
 * What to offer while the user types: filter keys for a bare word, known
 * facet values after `key:`. Pure, so the search bar only renders the result.
 */
export function completionsAt(text: string, caret: number, facets: Facets, labels: LabelFacets | null = null): CompletionResult | null {
  const token = tokenAt(text, caret);
  const from = token ? token.start : caret;
  const to = token ? token.end : caret;
  const prefix = token?.negated ? '-' : '';
  if (!token || token.rawKey === null) {
    if (token && token.raw.startsWith('"')) return null; // a phrase is free text
    const typed = (token?.value ?? '').toLowerCase();
    const items = queryKeys
      .filter((k) => k.key.startsWith(typed) || k.aliases.some((a) => a.startsWith(typed)))
      .map((k) => ({ label: `${prefix}${k.key}:`, insert: `${prefix}${k.key}:`, detail: k.description }));
    return items.length > 0 ? { from, to, items } : null;
  }
  const key = canonicalKey(token.rawKey);
  if (!key) return null;
  const typed = token.value.toLowerCase();
  const items = facetValues(key, facets, labels)
    .filter((v) => v.value.toLowerCase().startsWith(typed) && v.value.toLowerCase() !== typed)
    .slice(0, MAX_ITEMS)
    .map((v) => {
      const term = `${prefix}${key}:${quoteValue(v.value)}`;
      return { label: term, insert: `${term} `, detail: v.count === null ? '' : v.count.toLocaleString('en-US') };
    });
  return items.length > 0 ? { from, to, items } : null;
}

/** The text and caret after accepting a completion. */
export function applyCompletion(text: string, result: CompletionResult, item: Completion): { text: string; caret: number } {
  const before = text.slice(0, result.from);
  const after = text.slice(result.to).replace(/^ +/, item.insert.endsWith(' ') ? '' : ' ');
  const next = before + item.insert + after;
  return { text: next, caret: before.length + item.insert.length };
}
