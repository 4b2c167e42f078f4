import { NESTED } from '../scan/scanRecord';
import type { Task } from '../types';
import { canonicalAdapter } from './canonical';
import { recordAccess } from './fieldAccess';
import type { Adapter, FieldAccess } from './types';

/**
 * A user-defined field mapping (a JSON file), for datasets in any shape:
 * `{ "name": "my-run", "fields": { "problem_id": "id", "rationale": "output.explanation",
 * "task.buggy_code": "input.code", "split": { "const": "dev" } } }`. Keys are canonical
 * fields (dotted for `task.*`), values are dotted source paths (`a.b.0`) or constants.
 */
export interface FieldMapping {
  name: string;
  fields: Record<string, string | { const: unknown }>;
}

export const MAPPABLE_FIELDS = [
  'problem_id', 'split', 'iteration', 'sample_index', 'model', 'trace', 'rationale', 'fixed_code', 'test_results', 'passed', 'meta',
  'task', 'task.description', 'task.buggy_code', 'task.tests', 'task.entry_point', 'task.reference_code',
] as const;

export function parseMapping(text: string): FieldMapping | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { error: `mapping is not valid JSON: ${(err as Error).message}` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'mapping must be a JSON object' };
  const obj = raw as Record<string, unknown>;
  const fields = (obj.fields && typeof obj.fields === 'object' ? obj.fields : obj) as Record<string, unknown>;
  const out: FieldMapping = { name: typeof obj.name === 'string' && obj.name ? obj.name : 'custom', fields: {} };
  for (const [target, source] of Object.entries(fields)) {
    if (target === 'name' && fields === obj) continue;
    if (!(MAPPABLE_FIELDS as readonly string[]).includes(target)) {
      return { error: `mapping: unknown canonical field "${target}" (expected one of ${MAPPABLE_FIELDS.join(', ')})` };
    }
    if (typeof source === 'string' && source) out.fields[target] = source;
    else if (source && typeof source === 'object' && 'const' in source) out.fields[target] = { const: (source as { const: unknown }).const };
    else return { error: `mapping: "${target}" must be a source field path or { "const": value }` };
  }
  if (!out.fields.problem_id) return { error: 'mapping: "problem_id" is required' };
  return out;
}

/** The value at a dotted path (`output.results.0.ok`), or undefined. */
export function getPath(record: unknown, path: string): unknown {
  let v = record;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Builds the canonical record the mapping describes, then reads it with the canonical adapter. */
export function applyMapping(m: FieldMapping, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const task: Record<string, unknown> = {};
  for (const [target, source] of Object.entries(m.fields)) {
    const value = typeof source === 'string' ? getPath(record, source) : source.const;
    if (value === undefined) continue;
    if (target.startsWith('task.')) task[target.slice(5)] = value;
    else out[target] = value;
  }
  if (Object.keys(task).length) out.task = { ...(out.task && typeof out.task === 'object' ? (out.task as Task) : {}), ...task };
  return out;
}

const FACET_FIELDS = ['problem_id', 'split', 'iteration', 'sample_index', 'model', 'passed'];

export function mappingAdapter(m: FieldMapping): Adapter {
  const sources = FACET_FIELDS.map((f) => m.fields[f]).filter((s): s is string => typeof s === 'string');
  const rationale = m.fields.rationale;
  const flat = sources.every((s) => !s.includes('.')) && (rationale === undefined || (typeof rationale === 'string' && !rationale.includes('.')));
  const derivesPassed = m.fields.passed === undefined && m.fields.test_results !== undefined;
  return {
    name: `mapping:${m.name}`,
    // Top-level source fields can use the fast scanner; nested paths need the parsed record.
    spec: flat && !derivesPassed ? { wanted: new Set(sources), counted: new Set(typeof rationale === 'string' ? [rationale] : []) } : null,
    facets(f, ctx) {
      if (f.full && f.record) {
        const mapped = applyMapping(m, f.record);
        return canonicalAdapter.facets(recordAccess(mapped), ctx);
      }
      const view: FieldAccess = {
        full: false,
        get: (key) => {
          const s = m.fields[key];
          if (s === undefined) return undefined;
          return typeof s === 'string' ? f.get(s) : s.const !== null && typeof s.const === 'object' ? NESTED : s.const;
        },
        chars: (key) => (key === 'rationale' && typeof rationale === 'string' ? f.chars(rationale) : undefined),
      };
      return canonicalAdapter.facets(view, ctx);
    },
    normalise(record, ctx) {
      const { sample, warnings } = canonicalAdapter.normalise(applyMapping(m, record), ctx);
      return { sample, warnings };
    },
  };
}

