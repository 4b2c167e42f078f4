import { describe, expect, it } from 'vitest';
import { combineTests, eventAtStep, stepOnTimeline } from './index';
import { loopEvents, testTrace } from './fixtures.test-data';

describe('stepOnTimeline', () => {
  // Three tests numbered from 0 each, the middle one without events (e.g. it never ran).
  const tests = [testTrace(loopEvents.slice(0, 4), true, 'assert a'), testTrace([], false, 'assert empty'), testTrace(loopEvents.slice(0, 3), false, 'assert c')];
  const { trace, boundaries } = combineTests(tests);

  it('puts a later test’s step after the earlier tests on the combined timeline', () => {
    // Step 2 of the third test is the 7th event of the combined timeline, not step 2 of the first test.
    const at = stepOnTimeline({ test: 2, step: 2 }, boundaries, null);
    expect(at).toBe(6);
    expect(eventAtStep(trace.events, at!)).toEqual({ ...loopEvents[2], step: 6 });
    expect(stepOnTimeline({ test: 0, step: 2 }, boundaries, null)).toBe(2);
  });

  it('gives no step for a test that is not on the timeline shown', () => {
    expect(stepOnTimeline({ test: 1, step: 0 }, boundaries, null)).toBeNull();
    expect(stepOnTimeline({ test: 7, step: 0 }, boundaries, null)).toBeNull();
    expect(stepOnTimeline({ test: 0, step: 3 }, null, 2)).toBeNull();
  });

  it('keeps the step when the timeline shows that test alone', () => {
    expect(stepOnTimeline({ test: 2, step: 2 }, null, 2)).toBe(2);
    expect(stepOnTimeline({ test: 2, step: 2 }, undefined, 2)).toBe(2);
  });
});
