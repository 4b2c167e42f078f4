import { describe, expect, it } from 'vitest';
import { sortFlips } from './flipOrder';
import type { Flip } from './types';

const flip = (problem_id: string, delta: number): Flip => ({
  problem_id,
  split: 'dev',
  delta,
  kind: delta > 0 ? 'improved' : 'regressed',
  from: { samples: 4, passed: 1, rate: 0.25 },
  to: { samples: 4, passed: 1, rate: 0.25 + delta },
});

describe('sortFlips', () => {
  const flips = [flip('p10', 0.25), flip('p2', -0.5), flip('p1', 0.5)];
  it('orders by size of change, then naturally by problem id', () => {
    expect(sortFlips(flips, 'size').map((f) => f.problem_id)).toEqual(['p1', 'p2', 'p10']);
  });
  it('orders by gain, by loss, or by id', () => {
    expect(sortFlips(flips, 'gain').map((f) => f.problem_id)).toEqual(['p1', 'p10', 'p2']);
    expect(sortFlips(flips, 'loss').map((f) => f.problem_id)).toEqual(['p2', 'p10', 'p1']);
    expect(sortFlips(flips, 'problem').map((f) => f.problem_id)).toEqual(['p1', 'p2', 'p10']);
  });
});
