import { applyMapping, parseMapping, type FieldMapping } from '../../../../../shared/dataset/adapters/mapping';

/** How one canonical field is filled: not at all, from a source field (dotted path), or a constant. */
export type FieldSource = { mode: 'none' } | { mode: 'field'; path: string } | { mode: 'const'; text: string };

export interface MappingDraft {
  name: string;
  sources: Record<string, FieldSource>;
}

/** The canonical fields the form offers, in reading order; problem_id is required. */
export const formFields: { field: string; hint: string }[] = [
  { field: 'problem_id', hint: 'identifies the problem (required)' },
  { field: 'split', hint: 'train / dev / test' },
  { field: 'iteration', hint: 'self-training iteration, 0 = base model' },
  { field: 'sample_index', hint: 'sample number within problem × iteration' },
  { field: 'model', hint: 'model name' },
  { field: 'task.description', hint: 'problem statement' },
  { field: 'task.buggy_code', hint: 'program to repair' },
  { field: 'task.tests', hint: 'assert statements (list)' },
  { field: 'task.entry_point', hint: 'function name' },
  { field: 'task.reference_code', hint: 'known-correct solution' },
  { field: 'trace', hint: 'execution trace' },
  { field: 'rationale', hint: "model's explanation" },
  { field: 'fixed_code', hint: "model's fixed program" },
  { field: 'test_results', hint: 'per-test outcomes' },
  { field: 'passed', hint: 'fix passed its tests (boolean)' },
  { field: 'meta', hint: 'anything else' },
];

// Names seen in public code-repair datasets and training logs, per canonical field.
const synonyms: Record<string, string[]> = {
  problem_id: ['problem_id', 'task_id', 'problem', 'slug', 'question_id', 'id', 'name'],
  split: ['split', 'subset', 'partition'],
  iteration: ['iteration', 'iter', 'round', 'epoch', 'generation'],
  sample_index: ['sample_index', 'sample_idx', 'sample_id', 'sample', 'completion_id', 'idx'],
  model: ['model', 'model_name', 'model_id'],
  'task.description': ['description', 'text', 'prompt', 'question', 'instruction', 'problem_statement'],
  'task.buggy_code': ['buggy_code', 'buggy', 'code', 'input_code', 'original_code', 'source'],
  'task.tests': ['tests', 'test_list', 'test_cases', 'asserts', 'test'],
  'task.entry_point': ['entry_point', 'function_name', 'func_name'],
  'task.reference_code': ['reference_code', 'canonical_solution', 'oracle_code', 'solution', 'gold_code'],
  trace: ['trace', 'execution_trace', 'traced_code'],
  rationale: ['rationale', 'explanation', 'reasoning', 'explanations', 'response', 'output', 'completion'],
  fixed_code: ['fixed_code', 'fixed', 'fix', 'patched_code', 'generated_code', 'prediction'],
  test_results: ['test_results', 'results', 'test_outcomes'],
  passed: ['passed', 'pass', 'correct', 'is_correct', 'success', 'resolved'],
  meta: ['meta', 'metadata', 'extra'],
};

const lastSegment = (path: string) => path.slice(path.lastIndexOf('.') + 1).toLowerCase();

/** A first guess from the file's field names; each source field is used at most once. */
export function guessMapping(fields: readonly string[], name = 'custom'): MappingDraft {
  const used = new Set<string>();
  const sources: Record<string, FieldSource> = {};
  for (const { field } of formFields) {
    let found: string | undefined;
    for (const syn of synonyms[field] ?? []) {
      found = fields.find((f) => !used.has(f) && lastSegment(f) === syn);
      if (found) break;
    }
    if (found) used.add(found);
    sources[field] = found ? { mode: 'field', path: found } : { mode: 'none' };
  }
  return { name, sources };
}

/**
 * A draft from a saved mapping (a downloaded file, or the one the dataset was
 * opened with), or the engine's error for a file that is not a mapping.
 */
export function draftFromMapping(text: string): MappingDraft | { error: string } {
  const parsed = parseMapping(text);
  if ('error' in parsed) return parsed;
  const sources: Record<string, FieldSource> = {};
  for (const { field } of formFields) {
    const src = parsed.fields[field];
    sources[field] =
      src === undefined ? { mode: 'none' } : typeof src === 'string' ? { mode: 'field', path: src } : { mode: 'const', text: JSON.stringify(src.const) };
  }
  return { name: parsed.name, sources };
}

/** `"3"` → 3, `"true"` → true, `"dev"` → "dev": constants are JSON when they parse as JSON. */
export function constantValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The mapping file content the engine reads (see shared/dataset/adapters/mapping.ts). */
export function toMapping(draft: MappingDraft): FieldMapping {
  const fields: FieldMapping['fields'] = {};
  for (const [field, src] of Object.entries(draft.sources)) {
    if (src.mode === 'field' && src.path.trim()) fields[field] = src.path.trim();
    else if (src.mode === 'const') fields[field] = { const: constantValue(src.text) };
  }
  return { name: draft.name.trim() || 'custom', fields };
}

/** The draft checked with the engine's own parser: the error it would give, or null. */
export function mappingError(draft: MappingDraft): string | null {
  const text = JSON.stringify(toMapping(draft));
  if (text.length > 4096) return 'mapping is too long to send (over 4,096 characters)';
  const parsed = parseMapping(text);
  return 'error' in parsed ? parsed.error : null;
}

/** What one example record becomes under the draft, or null when there is no example. */
export function previewRecord(draft: MappingDraft, example: Record<string, unknown> | null): Record<string, unknown> | null {
  return example ? applyMapping(toMapping(draft), example) : null;
}

/** Parses an issue excerpt back into a record when it holds a whole JSON object. */
export function exampleFromExcerpt(excerpt: string | undefined): Record<string, unknown> | null {
  if (!excerpt) return null;
  try {
    const v: unknown = JSON.parse(excerpt.replace(/^\uFEFF/, ''));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null; // truncated excerpt (long line): no preview rather than a wrong one
  }
}
