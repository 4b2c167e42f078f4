import { afterAll, describe, expect, it } from 'vitest';
import type { Sample } from '../../../shared/dataset/types';
import { traceJobsForSample } from '../../../shared/trace/onDemand';
import { defaultResourcesDir, TraceService } from './TraceService';

const tracer = new TraceService({ resourcesDir: defaultResourcesDir(), cacheDir: null });
afterAll(() => tracer.dispose());

describe('Run & trace for a sample without a trace', () => {
  it('traces a DebugBench-style sample: the buggy code fails its derived tests, the reference passes', async () => {
    const sample: Sample = {
      problem_id: 'running-sum',
      split: 'test',
      iteration: 0,
      sample_index: 0,
      task: {
        description: 'Running sum.\n\nExample 1:\nInput: nums = [1,2,3]\nOutput: [1,3,6]\n\nExample 2:\nInput: nums = [5]\nOutput: [5]',
        buggy_code: 'class Solution:\n    def runningSum(self, nums: List[int]) -> List[int]:\n        for i in range(1, len(nums) - 1):\n            nums[i] += nums[i - 1]\n        return nums\n',
        reference_code: 'class Solution:\n    def runningSum(self, nums: List[int]) -> List[int]:\n        for i in range(1, len(nums)):\n            nums[i] += nums[i - 1]\n        return nums\n',
      },
    };
    const results = await Promise.all(traceJobsForSample(sample).jobs.map(async (job) => [job.label, (await tracer.run(job)).tests.map((t) => t.outcome)]));
    expect(results).toEqual([
      ['buggy', ['failed', 'ok']],
      ['reference', ['ok', 'ok']],
    ]);
  });
});
