import { describe, expect, it } from 'vitest';
import { mbppAdapter, mbppSplit } from './mbpp';

const record = (task_id: unknown) => ({ task_id, text: 'Write a function.', code: 'def f():\r\n\treturn 1', test_list: ['assert f() == 1'] });

describe('MBPP splits', () => {
  it('follows MBPP’s own split of task ids: prompt, test, validation, train', () => {
    expect([1, 10, 11, 510, 511, 600, 601, 974].map(mbppSplit)).toEqual(['prompt', 'prompt', 'test', 'test', 'validation', 'validation', 'train', 'train']);
    expect([0, 975, -3, 2.5, 'x', null].map(mbppSplit)).toEqual([null, null, null, null, null, null]);
    expect(mbppSplit('42')).toBe('test');
  });

  it('gives each record its split, unless the path names one', () => {
    const noPath = { file: 'mbpp.jsonl', pathFacts: {} };
    expect(mbppAdapter.normalise(record(700), noPath).sample).toMatchObject({ problem_id: 'mbpp/700', split: 'train' });
    expect(mbppAdapter.normalise(record(5000), noPath).sample.split).toBe('test');
    const fromPath = { file: 'dev/mbpp.jsonl', pathFacts: { split: 'dev' } };
    expect(mbppAdapter.normalise(record(700), fromPath).sample.split).toBe('dev');
  });
});
