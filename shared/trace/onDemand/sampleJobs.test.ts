import { describe, expect, it } from 'vitest';
import type { Sample } from '../../dataset/types';
import { LEETCODE_SETUP } from './leetcode';
import { traceJobsForSample } from './sampleJobs';

const key = { problem_id: 'p', split: 'test', iteration: 0, sample_index: 0 };

describe('traceJobsForSample', () => {
  it('runs the buggy code and the fix against the tests', () => {
    const sample: Sample = { ...key, task: { buggy_code: 'def f(x):\n    return x', tests: ['assert f(1) == 2'] }, fixed_code: 'def f(x):\n    return x + 1' };
    const { jobs, reason } = traceJobsForSample(sample);
    expect(reason).toBeUndefined();
    expect(jobs.map((j) => [j.label, j.code, j.tests])).toEqual([
      ['buggy', 'def f(x):\n    return x', ['assert f(1) == 2']],
      ['fixed', 'def f(x):\n    return x + 1', ['assert f(1) == 2']],
    ]);
  });

  it('falls back to the reference solution (MBPP, HumanEval), keeping the entry point and running MBPP test setup before each test', () => {
    const sample: Sample = {
      ...key,
      task: { reference_code: 'class Node:\n    pass\ndef g(x):\n    return x', tests: ['assert g(root) is root'], entry_point: 'g' },
      meta: { source: 'mbpp', test_setup_code: 'root = Node() \r\n' },
    };
    expect(traceJobsForSample(sample).jobs).toEqual([
      { label: 'reference', code: 'class Node:\n    pass\ndef g(x):\n    return x', tests: ['root = Node()\nassert g(root) is root'], entry_point: 'g' },
    ]);
  });

  it('runs a HumanEval check(candidate) whole when it is more than asserts, and keeps plain asserts apart', () => {
    const looped = 'def check(candidate):\n    import math\n    for x in range(3):\n        assert candidate(x) == x\n';
    const humaneval = (test: string, tests: string[]): Sample => ({
      ...key,
      task: { reference_code: 'def f(x):\n    return x', tests, entry_point: 'f' },
      meta: { source: 'humaneval', test },
    });
    expect(traceJobsForSample(humaneval(looped, ['assert f(x) == x'])).jobs[0]!.tests).toEqual([`${looped.trim()}\ncheck(f)`]);
    const plain = "METADATA = {}\n\ndef check(candidate):\n    # simple\n    assert candidate(1) == 1\n    assert candidate(\n        2) == 2\n";
    expect(traceJobsForSample(humaneval(plain, ['assert f(1) == 1', 'assert f( 2) == 2'])).jobs[0]!.tests).toEqual(['assert f(1) == 1', 'assert f( 2) == 2']);
  });

  it('derives DebugBench tests from the examples and adds the LeetCode imports', () => {
    const sample: Sample = {
      ...key,
      task: {
        description: 'Add two numbers.\n\nExample 1:\nInput: a = 1, b = 2\nOutput: 3',
        buggy_code: 'class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a - b\n',
        reference_code: 'class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n',
      },
    };
    const { jobs } = traceJobsForSample(sample);
    expect(jobs.map((j) => j.label)).toEqual(['buggy', 'reference']);
    expect(jobs[0]).toMatchObject({ tests: ['assert Solution().add(1, 2) == 3'], setup: LEETCODE_SETUP });
  });

  it('explains when there is nothing to run', () => {
    expect(traceJobsForSample({ ...key, task: { buggy_code: 'x = 1' } })).toEqual({ jobs: [], reason: 'The sample has no tests to run the code against' });
    expect(traceJobsForSample({ ...key, task: { tests: ['assert True'] } })).toEqual({ jobs: [], reason: 'The sample has no code to run' });
    const tree = { ...key, task: { description: 'Example 1:\nInput: root = [1]\nOutput: 1', buggy_code: 'class Solution:\n    def f(self, root: TreeNode) -> int:\n        return 1\n' } };
    expect(traceJobsForSample(tree).reason).toMatch(/^No tests: .*trees/);
  });
});
