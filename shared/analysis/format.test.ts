import { describe, expect, it } from 'vitest';
import { fmtInterval, fmtP, fmtPct, fmtPp, fmtRanges } from './format';

describe('format', () => {
  it('never prints NaN', () => {
    for (const f of [fmtPct, fmtPp, fmtP]) {
      expect(f(null)).toBe('n/a');
      expect(f(Number.NaN)).toBe('n/a');
    }
    expect(fmtInterval(0.1, Number.NaN)).toBe('n/a');
  });
  it('formats rates, differences, p-values and iteration gaps', () => {
    expect(fmtPct(0.4567)).toBe('45.7%');
    expect(fmtPp(0.052)).toBe('+5.2 pp');
    expect(fmtPp(-0.0001)).toBe('0.0 pp');
    expect(fmtP(0.0001)).toBe('p < 0.001');
    expect(fmtInterval(0.1, 0.2)).toBe('[10.0%, 20.0%]');
    expect(fmtRanges([[2, 2], [4, 16]])).toBe('2, 4–16');
  });
});
