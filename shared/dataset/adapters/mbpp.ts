import { Checker } from './fieldAccess';
import { foreignFacets, foreignSample, lf } from './foreign';
import type { Adapter } from './types';

/** MBPP (`mbpp.jsonl`): `task_id` (int), `text`, `code` (reference, CRLF + tabs), `test_list`, `test_setup_code`, `challenge_test_list`. */
export const mbppAdapter: Adapter = {
  name: 'mbpp',
  spec: { wanted: new Set(['task_id']), counted: new Set() },
  facets(f, ctx) {
    const id = f.get('task_id');
    if (typeof id !== 'number' && typeof id !== 'string') return { error: 'MBPP record without task_id' };
    return foreignFacets(`mbpp/${id}`, ctx);
  },
  normalise(record, ctx) {
    const c = new Checker();
    const facets = this.facets({ full: true, record, get: (k) => record[k], chars: () => undefined }, ctx);
    const base = facets && !('error' in facets) ? facets : foreignFacets('mbpp/?', ctx);
    const sample = foreignSample(base);
    const tests = Array.isArray(record.test_list) ? record.test_list.filter((t): t is string => typeof t === 'string') : [];
    const setup = c.string('test_setup_code', record.test_setup_code);
    const code = c.string('code', record.code);
    sample.task = {
      description: c.string('text', record.text),
      tests: tests.map(lf),
      ...(code !== undefined ? { reference_code: lf(code) } : {}),
    };
    const challenge = Array.isArray(record.challenge_test_list) ? record.challenge_test_list : [];
    sample.meta = { source: 'mbpp', task_id: record.task_id, ...(setup ? { test_setup_code: lf(setup) } : {}), ...(challenge.length ? { challenge_test_list: challenge } : {}) };
    return { sample, warnings: c.warnings };
  },
};
