import { describe, expect, it } from 'vitest';
import { thinTicks } from './thinTicks';

describe('thinTicks', () => {
  it('keeps every label when they fit', () => {
    expect(thinTicks(['a', 'b', 'c'], 400)).toEqual(['a', 'b', 'c']);
  });
  it('keeps about one label per 48 px and always the last one', () => {
    const domain = Array.from({ length: 50 }, (_, i) => `iter ${i}`);
    const kept = thinTicks(domain, 480);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(kept[0]).toBe('iter 0');
    expect(kept.at(-1)).toBe('iter 49');
  });
});
