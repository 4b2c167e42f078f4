import { z } from 'zod';

/**
 * A rubric is a versioned JSON definition of what annotators judge. Labels
 * record the rubric id and version they were made with, so that changing a
 * rubric never silently reinterprets old labels: an edit is a new version.
 */
export type DimensionKind = 'ordinal' | 'categorical' | 'boolean' | 'text';

export interface RubricOption {
  /** Stored value (what exports and agreement statistics see). */
  value: string;
  /** What the annotator reads. */
  label: string;
}

interface DimensionBase {
  /** Stable identifier: a column name in exports (`[a-z][a-z0-9_]*`). */
  id: string;
  /** The question shown to the annotator. */
  label: string;
  help?: string;
  /** A required dimension must have a value before the label counts as complete. */
  required?: boolean;
}

/** Ordered options: their order is the scale (used by ordinal agreement). */
export interface OrdinalDimension extends DimensionBase {
  kind: 'ordinal';
  options: RubricOption[];
}
export interface CategoricalDimension extends DimensionBase {
  kind: 'categorical';
  options: RubricOption[];
}
export interface BooleanDimension extends DimensionBase {
  kind: 'boolean';
}
export interface TextDimension extends DimensionBase {
  kind: 'text';
}

export type RubricDimension = OrdinalDimension | CategoricalDimension | BooleanDimension | TextDimension;

export interface Rubric {
  id: string;
  /** Positive integer; bumped on every edit of the dimensions. */
  version: number;
  name: string;
  description?: string;
  dimensions: RubricDimension[];
}

/** A dimension's value: option value, 'true'/'false' for booleans, free text, or null (not answered). */
export type DimensionValue = string | null;

const idPattern = /^[a-z][a-z0-9_]{0,63}$/;
const option = z.object({ value: z.string().min(1).max(100), label: z.string().min(1).max(200) }).strict();
const base = {
  id: z.string().regex(idPattern, 'ids are lower-case letters, digits and _ (start with a letter)'),
  label: z.string().min(1).max(500),
  help: z.string().max(2000).optional(),
  required: z.boolean().optional(),
};
const withOptions = (kind: 'ordinal' | 'categorical') =>
  z
    .object({ ...base, kind: z.literal(kind), options: z.array(option).min(2).max(9) })
    .strict()
    .refine((d) => new Set(d.options.map((o) => o.value)).size === d.options.length, { message: 'option values must be unique' });

export const dimensionSchema = z.union([
  withOptions('ordinal'),
  withOptions('categorical'),
  z.object({ ...base, kind: z.literal('boolean') }).strict(),
  z.object({ ...base, kind: z.literal('text') }).strict(),
]);

export const rubricSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'rubric ids are lower-case letters, digits, ".", "_" and "-"'),
    version: z.number().int().min(1),
    name: z.string().min(1).max(200),
    description: z.string().max(5000).optional(),
    dimensions: z.array(dimensionSchema).min(1).max(30),
  })
  .strict()
  .refine((r) => new Set(r.dimensions.map((d) => d.id)).size === r.dimensions.length, { message: 'dimension ids must be unique' });

export type RubricCheck = { ok: true; rubric: Rubric } | { ok: false; errors: string[] };

/** Validates a rubric edited by hand (JSON text or object); errors name the offending path. */
export function parseRubric(input: unknown): RubricCheck {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      return { ok: false, errors: [`not valid JSON: ${err instanceof Error ? err.message : String(err)}`] };
    }
  }
  const parsed = rubricSchema.safeParse(value);
  if (parsed.success) return { ok: true, rubric: parsed.data as Rubric };
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(rubric)'}: ${i.message}`) };
}

/** Options a dimension offers to the keyboard (number keys 1..n); text has none. */
export function dimensionOptions(dim: RubricDimension): RubricOption[] {
  switch (dim.kind) {
    case 'ordinal':
    case 'categorical':
      return dim.options;
    case 'boolean':
      return [
        { value: 'true', label: 'yes' },
        { value: 'false', label: 'no' },
      ];
    case 'text':
      return [];
  }
}

/** Checks label values against a rubric: unknown dimensions and values outside the options are errors. */
export function checkValues(rubric: Rubric, values: Record<string, DimensionValue>): string[] {
  const errors: string[] = [];
  const dims = new Map(rubric.dimensions.map((d) => [d.id, d]));
  for (const [id, v] of Object.entries(values)) {
    const dim = dims.get(id);
    if (!dim) {
      errors.push(`unknown dimension "${id}" (rubric ${rubric.id} v${rubric.version})`);
      continue;
    }
    if (v === null) continue;
    if (typeof v !== 'string') errors.push(`${id}: value must be a string or null`);
    else if (dim.kind !== 'text' && !dimensionOptions(dim).some((o) => o.value === v)) {
      errors.push(`${id}: "${v.slice(0, 40)}" is not one of ${dimensionOptions(dim).map((o) => o.value).join(', ')}`);
    }
  }
  return errors;
}

/** A copy with the version bumped: how an edited rubric is saved next to the old one. */
export function nextVersion(rubric: Rubric, existingVersions: number[]): Rubric {
  return { ...rubric, version: Math.max(rubric.version, ...existingVersions) + 1 };
}

/** Key-order-independent JSON of a rubric's dimensions: two definitions of one version must match exactly. */
export function sameDimensions(a: Rubric, b: Rubric): boolean {
  return canonicalJson(a.dimensions) === canonicalJson(b.dimensions);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
