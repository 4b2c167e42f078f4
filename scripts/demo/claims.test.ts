import { describe, expect, it } from 'vitest';
import { mutateRepr, valueClaim } from './claims';
import { createRng } from './prng';

describe('deliberately wrong claims', () => {
  it('turn a repr into a different value of the same shape', () => {
    const rng = createRng(3, 'mutate');
    for (const repr of ['0', '-4', '2.5', 'True', "'abc'", "'x'", '[1, 2, 3]', '[]', 'None', '[[1, 2], [3]]', "['a, b', 'c']"]) {
      const wrong = mutateRepr(repr, rng);
      expect(wrong).not.toBeNull();
      expect(wrong).not.toBe(repr);
    }
    // Nested lists and strings with commas lose a whole item, and stay well-formed.
    expect(mutateRepr('[[1, 2], [3]]', rng)).toBe('[[1, 2]]');
    expect(mutateRepr("['a, b', 'c']", rng)).toBe("['a, b']");
  });

  it('never state a value the variable actually takes', () => {
    const fact = { name: 't', argument: false, value: '3', step: 4, line: 4 };
    for (let i = 0; i < 50; i++) {
      const claim = valueClaim(fact, new Set(['1', '3', '4', '2', '5']), true, createRng(i, 'value'));
      // Every neighbour of 3 is taken, so no wrong claim can be made: the caller falls back to a true one.
      expect(claim).toBeNull();
    }
    const claim = valueClaim(fact, new Set(['3']), true, createRng(1, 'value'))!;
    expect(claim.holds).toBe(false);
    expect(claim.text).toMatch(/`t` is `?(?!3`?\b)-?\d/);
  });
});
