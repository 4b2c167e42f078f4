import { describe, expect, it } from 'vitest';
import { inferPathFacts } from './pathInfer';

describe('inferPathFacts', () => {
  it.each([
    ['runs/train/iter0.jsonl', { split: 'train', iteration: 0 }],
    ['runs/iter2/dev.jsonl', { split: 'dev', iteration: 2 }],
    ['/data/iteration_3/samples.jsonl.gz', { iteration: 3 }],
    ['out/it4_test.jsonl', { split: 'test', iteration: 4 }],
    ['out/iter-5/validation.jsonl', { split: 'dev', iteration: 5 }],
    ['eval/dev.jsonl', { split: 'dev' }],
    ['C:\\runs\\iter1\\train.jsonl', { split: 'train', iteration: 1 }],
  ])('%s', (path, expected) => {
    expect(inferPathFacts(path)).toEqual(expected);
  });

  it('does not take words that merely contain a split name', () => {
    expect(inferPathFacts('contest/attest.jsonl')).toEqual({});
    expect(inferPathFacts('items/iterator.jsonl')).toEqual({});
  });

  it('lets the deepest segment win', () => {
    expect(inferPathFacts('train/iter0/eval/dev.jsonl')).toEqual({ split: 'dev', iteration: 0 });
  });
});
