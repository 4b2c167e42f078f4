import { describe, expect, it } from 'vitest';
import { evenSumTrace } from '../next/fixtures';
import { parseNextInline, renderNextInline } from '../next';
import { adjacentExecution, adjacentStep, buildLanes, buildLineIndex, stateAtStep, variablesAtStep } from './index';

// The cursor helpers on what the NExT parser gives back: elided entries leave
// gaps in the steps, and there are no call events.
describe('cursor helpers on a parsed NExT trace', () => {
  const parsed = parseNextInline(renderNextInline(evenSumTrace, 0));
  const test = parsed.tests[0];
  const events = test.events;

  it('has the gaps that elision leaves', () => {
    expect(test.elidedLines).toContain(3);
    const steps = events.map((e) => e.step);
    expect(steps.length).toBeLessThan(11);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('steps over the gaps one known event at a time', () => {
    const steps = events.map((e) => e.step);
    for (let i = 0; i + 1 < steps.length; i++) expect(adjacentStep(events, steps[i], 1)).toBe(steps[i + 1]);
    const index = buildLineIndex(events);
    const line3 = index.get(3) ?? [];
    expect(adjacentExecution(events, index, line3[0], 1)).toBe(line3[1]);
  });

  it('reconstructs the variables from the entries it kept', () => {
    expect(variablesAtStep(events, 9)).toMatchObject({ n: '5', s: '6', i: '4' });
    expect(stateAtStep(events, 9).event?.kind).toBe('return');
    expect(buildLanes(events).map((l) => l.name)).toEqual(expect.arrayContaining(['n', 's', 'i']));
  });
});
