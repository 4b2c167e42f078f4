import { Checker } from './fieldAccess';
import { foreignFacets, foreignSample, lf } from './foreign';
import type { Adapter } from './types';

/**
 * MBPP's own split of the 974 tasks by `task_id` (Austin et al. 2021, as the
 * Hugging Face `full` configuration ships it): 1–10 few-shot prompts, 11–510
 * test, 511–600 validation, 601–974 train. Null for ids outside 1–974.
 */
export function mbppSplit(taskId: unknown): string | null {
  const id = typeof taskId === 'number' ? taskId : typeof taskId === 'string' && /^\d+$/.test(taskId) ? Number(taskId) : NaN;
  if (!Number.isInteger(id) || id < 1 || id > 974) return null;
  return id <= 10 ? 'prompt' : id <= 510 ? 'test' : id <= 600 ? 'validation' : 'train';
}

/** MBPP (`mbpp.jsonl`): `task_id` (int), `text`, `code` (reference, CRLF + tabs), `test_list`, `test_setup_code`, `challenge_test_list`. */
export const mbppAdapter: Adapter = {
  name: 'mbpp',
  spec: { wanted: new Set(['task_id']), counted: new Set() },
  facets(f, ctx) {
    const id = f.get('task_id');
    if (typeof id !== 'number' && typeof id !== 'string') return { error: 'MBPP record without task_id' };
    const facets = foreignFacets(`mbpp/${id}`, ctx);
    // A split in the path (mbpp/train.jsonl) wins; otherwise MBPP's own split of its task ids.
    if (!ctx.pathFacts.split) facets.split = mbppSplit(id) ?? facets.split;
    return facets;
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
