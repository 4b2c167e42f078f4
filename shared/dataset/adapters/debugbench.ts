import { Checker } from './fieldAccess';
import { foreignFacets, foreignSample } from './foreign';
import type { Adapter } from './types';

/** The bug kind a DebugBench file holds, from its name: `python3_faulty_indexing.json` → `faulty_indexing`. */
export function debugBenchBugKind(file: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  const m = /^[a-z0-9+]+?_(.+?)\.(?:json|jsonl)(?:\.gz)?$/i.exec(base);
  return m ? m[1] : undefined;
}

/**
 * DebugBench (JSON arrays of LeetCode problems): `slug`, `description`,
 * `examples`, `constraints`, `buggy_code`, `oracle_code`, and `explanations`
 * or `type` (bug kinds). No tests ship with it: examples go in the description.
 */
export const debugBenchAdapter: Adapter = {
  name: 'debugbench',
  spec: { wanted: new Set(['slug']), counted: new Set() },
  facets(f, ctx) {
    const slug = f.get('slug');
    if (typeof slug !== 'string' || !slug) return { error: 'DebugBench record without slug' };
    return foreignFacets(slug, ctx);
  },
  normalise(record, ctx) {
    const c = new Checker();
    const facets = this.facets({ full: true, record, get: (k) => record[k], chars: () => undefined }, ctx);
    const sample = foreignSample(facets && !('error' in facets) ? facets : foreignFacets('?', ctx));
    const examples = Array.isArray(record.examples) ? record.examples.filter((e): e is string => typeof e === 'string') : [];
    const constraints = c.string('constraints', record.constraints);
    const description = [
      c.string('description', record.description) ?? '',
      ...examples.map((e, i) => `Example ${i + 1}:\n${e}`),
      ...(constraints ? [`Constraints:\n${constraints}`] : []),
    ].join('\n\n');
    const buggy = c.string('buggy_code', record.buggy_code);
    const oracle = c.string('oracle_code', record.oracle_code);
    sample.task = { description, ...(buggy !== undefined ? { buggy_code: buggy } : {}), ...(oracle !== undefined ? { reference_code: oracle } : {}) };
    const bugs = Array.isArray(record.type) ? record.type : [debugBenchBugKind(ctx.file)].filter(Boolean);
    sample.meta = {
      source: 'debugbench',
      level: record.level,
      bug_types: bugs,
      ...(typeof record.explanations === 'string' ? { explanations: record.explanations } : {}),
    };
    return { sample, warnings: c.warnings };
  },
};
