import { tokenizeQuery, type QueryToken } from './tokenize';
import type { FacetFilter, NumberCond, ParsedQuery } from './types';

export type { FacetFilter, NumberCond, ParsedQuery, TextTerm } from './types';

/** Filter keys and their aliases, as typed in the search box. */
const KEYS: Record<string, FacetFilter['field'] | 'is'> = {
  iter: 'iteration',
  iteration: 'iteration',
  it: 'iteration',
  split: 'split',
  problem: 'problem_id',
  problem_id: 'problem_id',
  pid: 'problem_id',
  model: 'model',
  passed: 'passed',
  pass: 'passed',
  sample: 'sample_index',
  sample_index: 'sample_index',
  rationale: 'rationaleChars',
  rationale_chars: 'rationaleChars',
  grounding: 'grounding',
  label: 'label',
  is: 'is',
};

export const QUERY_KEYS = Object.keys(KEYS);

function parseNumberCond(v: string): NumberCond | null {
  const range = /^(\d+)\.\.(\d+)$/.exec(v);
  if (range) return { op: 'range', value: Number(range[1]), to: Number(range[2]) };
  const m = /^(>=|<=|>|<|=)?(-?\d+(?:\.\d+)?)$/.exec(v);
  if (!m) return null;
  return { op: (m[1] as NumberCond['op']) ?? '=', value: Number(m[2]) };
}

const BOOL: Record<string, boolean | null> = { true: true, yes: true, '1': true, false: false, no: false, '0': false, unknown: null, null: null, none: null };
const GROUNDING = ['contradicted', 'consistent', 'unverifiable', 'unchecked'] as const;

function filterFor(t: QueryToken): FacetFilter {
  const field = KEYS[t.key!];
  if (!field) throw new Error(`unknown filter "${t.key}:" — use one of ${QUERY_KEYS.filter((k) => k !== 'is').join(', ')}, is:passed, is:failed`);
  // Commas separate alternatives (`iter:1,3`) unless the value was quoted.
  const parts = t.quoted ? [t.value] : t.value.split(',').filter((p) => p !== '');
  if (parts.length === 0) throw new Error(`"${t.key}:" needs a value`);
  const negate = t.negate;
  switch (field) {
    case 'is': {
      const values = parts.map((p) => {
        const v = p.toLowerCase();
        if (v === 'passed' || v === 'pass') return true;
        if (v === 'failed' || v === 'fail') return false;
        if (v === 'unknown') return null;
        throw new Error(`is:${p} — use is:passed, is:failed or is:unknown`);
      });
      return { field: 'passed', negate, values };
    }
    case 'iteration':
    case 'sample_index':
    case 'rationaleChars': {
      const conds = parts.map((p) => {
        const c = parseNumberCond(p);
        if (!c) throw new Error(`${t.key}:${p} — expected a number, a comparison like >=2, or a range like 1..3`);
        return c;
      });
      return { field, negate, conds };
    }
    case 'passed': {
      const values = parts.map((p) => {
        const v = BOOL[p.toLowerCase()];
        if (v === undefined) throw new Error(`${t.key}:${p} — expected true, false or unknown`);
        return v;
      });
      return { field, negate, values };
    }
    case 'grounding': {
      const values = parts.map((p) => {
        const v = p.toLowerCase() as (typeof GROUNDING)[number];
        if (!GROUNDING.includes(v)) throw new Error(`grounding:${p} — expected ${GROUNDING.join(', ')}`);
        return v;
      });
      return { field, negate, values };
    }
    default:
      return { field, negate, values: parts };
  }
}

/**
 * Parses the search syntax (`iter:>=2 passed:false problem:mbpp/12 split:dev
 * model:x "off by one" -passed:true`). Terms are AND-ed; `-` negates; values
 * of one key separated by commas are OR-ed; `problem:mbpp/*` matches a prefix.
 * Returns `{ error }` for a query it cannot understand.
 */
export function parseQuery(query: string): ParsedQuery | { error: string } {
  try {
    const parsed: ParsedQuery = { filters: [], text: [] };
    for (const t of tokenizeQuery(query)) {
      if (t.key === null) {
        if (t.value) parsed.text.push({ text: t.value, negate: t.negate });
      } else parsed.filters.push(filterFor(t));
    }
    return parsed;
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** True when a number satisfies one of the conditions. */
export function matchesNumber(conds: readonly NumberCond[], n: number): boolean {
  for (const c of conds) {
    if (c.op === '=' ? n === c.value : c.op === '>' ? n > c.value : c.op === '>=' ? n >= c.value : c.op === '<' ? n < c.value : c.op === '<=' ? n <= c.value : n >= c.value && n <= c.to!) return true;
  }
  return false;
}

/** `mbpp/*` is a prefix match, anything else is exact (case-sensitive, as ids are). */
export function matchesString(patterns: readonly string[], s: string): boolean {
  for (const p of patterns) {
    if (p.endsWith('*') ? s.startsWith(p.slice(0, -1)) : s === p) return true;
  }
  return false;
}
