import { describe, expect, it } from 'vitest';
import { examplesFromDescription, leetCodeTests, parseExample, toPython } from './leetcode';

const solution = `class Solution:
    def helper(self, a, b):
        return a + b

    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, n in enumerate(nums):
            if target - n in seen:
                return [seen[target - n], i]
            seen[n] = i
`;

describe('LeetCode examples as tests', () => {
  it('reads arguments in order, whatever their names, with JSON literals made Python', () => {
    expect(parseExample('Input: encodedText = "a, b = c", rows = 3\nOutput: "cipher"\nExplanation: ...')).toEqual({ args: ['"a, b = c"', '3'], expected: '"cipher"' });
    expect(parseExample('Input: grid = [[1,0],[0,1]], flag = true\nOutput: null')).toEqual({ args: ['[[1,0],[0,1]]', 'True'], expected: 'None' });
    expect(toPython('[true, "true", null]')).toBe('[True, "true", None]');
    expect(parseExample('Input: s = "abc\nno output here')).toBeNull();
  });

  it('calls the method the judge would call, not a helper of the same class', () => {
    const examples = examplesFromDescription('Given nums...\n\nExample 1:\nInput: nums = [2,7,11,15], target = 9\nOutput: [0,1]\n\nExample 2:\nInput: nums = [3,3], target = 6\nOutput: [0,1]\n\nConstraints:\n2 <= n');
    expect(examples).toHaveLength(2);
    expect(leetCodeTests(solution, examples)).toEqual({
      ok: true,
      method: 'twoSum',
      tests: ['assert Solution().twoSum([2,7,11,15], 9) == [0,1]', 'assert Solution().twoSum([3,3], 6) == [0,1]'],
    });
  });

  it('says why a problem cannot be tested from its examples', () => {
    const tree = 'class Solution:\n    def depth(self, root: Optional[TreeNode]) -> int:\n        return 0\n';
    expect(leetCodeTests(tree, ['Input: root = [3,9,20]\nOutput: 3'])).toMatchObject({ ok: false, reason: expect.stringMatching(/trees/) });
    const inPlace = 'class Solution:\n    def rotate(self, nums: List[int], k: int) -> None:\n        pass\n';
    expect(leetCodeTests(inPlace, ['Input: nums = [1,2], k = 1\nOutput: [2,1]'])).toMatchObject({ ok: false, reason: expect.stringMatching(/in place/) });
    expect(leetCodeTests(solution, ['no examples here'])).toMatchObject({ ok: false, reason: expect.stringMatching(/no example/) });
    expect(leetCodeTests('def f(x):\n    return x\n', ['Input: x = 1\nOutput: 1'])).toMatchObject({ ok: false });
  });
});
