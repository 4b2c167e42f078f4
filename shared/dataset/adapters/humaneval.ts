import { Checker } from './fieldAccess';
import { foreignFacets, foreignSample } from './foreign';
import type { Adapter } from './types';

/**
 * The assert statements of a HumanEval `check(candidate)` function, with
 * `candidate` replaced by the entry point; multi-line asserts are kept whole
 * by bracket balance. Null when the test is not made of plain asserts.
 */
export function humanEvalAsserts(test: string, entryPoint: string): string[] | null {
  const lines = test.replace(/\r\n?/g, '\n').split('\n');
  const asserts: string[] = [];
  let current: string[] | null = null;
  let depth = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (current === null) {
      if (!/^assert\b/.test(trimmed)) continue;
      current = [];
      depth = 0;
    }
    current.push(trimmed);
    for (const ch of trimmed.replace(/(["'])(?:\\.|(?!\1).)*\1/g, '')) {
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth--;
    }
    if (depth <= 0) {
      asserts.push(current.join(' ').replace(/\bcandidate\b/g, entryPoint));
      current = null;
    }
  }
  return asserts.length ? asserts : null;
}

/** HumanEval (`HumanEval.jsonl.gz`): `task_id`, `prompt`, `canonical_solution`, `test` (a `check(candidate)` function), `entry_point`. */
export const humanEvalAdapter: Adapter = {
  name: 'humaneval',
  spec: { wanted: new Set(['task_id']), counted: new Set() },
  facets(f, ctx) {
    const id = f.get('task_id');
    if (typeof id !== 'string' || !id) return { error: 'HumanEval record without task_id' };
    return foreignFacets(id, ctx);
  },
  normalise(record, ctx) {
    const c = new Checker();
    const facets = this.facets({ full: true, record, get: (k) => record[k], chars: () => undefined }, ctx);
    const sample = foreignSample(facets && !('error' in facets) ? facets : foreignFacets('HumanEval/?', ctx));
    const prompt = c.string('prompt', record.prompt) ?? '';
    const solution = c.string('canonical_solution', record.canonical_solution) ?? '';
    const entry = c.string('entry_point', record.entry_point) ?? '';
    const test = c.string('test', record.test) ?? '';
    sample.task = {
      description: prompt,
      entry_point: entry,
      reference_code: prompt + solution,
      tests: humanEvalAsserts(test, entry) ?? [`${test.trim()}\ncheck(${entry})`],
    };
    sample.meta = { source: 'humaneval', test };
    return { sample, warnings: c.warnings };
  },
};
