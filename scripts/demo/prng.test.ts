import { describe, expect, it } from 'vitest';
import { createRng } from './prng';

describe('createRng', () => {
  it('repeats the same draws for the same seed and label', () => {
    const a = createRng(7, 'demo/01', 2);
    const b = createRng(7, 'demo/01', 2);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('gives different streams to different labels and seeds', () => {
    const first = (r: ReturnType<typeof createRng>) => r.next();
    expect(first(createRng(7, 'demo/01', 2))).not.toBe(first(createRng(7, 'demo/01', 3)));
    expect(first(createRng(7, 'demo/01', 2))).not.toBe(first(createRng(8, 'demo/01', 2)));
  });

  it('draws integers within range with every value reachable', () => {
    const r = createRng(1, 'ints');
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const n = r.int(6);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(6);
      seen.add(n);
    }
    expect(seen.size).toBe(6);
  });
});
