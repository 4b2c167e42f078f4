import { describe, expect, it } from 'vitest';
import type { SampleDetail } from '../../../../shared/contract';
import { groundingView } from './grounding';

const detail = (sample: Partial<SampleDetail['sample']>): SampleDetail => ({
  index: 0,
  key: { problem_id: 'p', split: 'dev', iteration: 0, sample_index: 0 },
  contentHash: 'h',
  source: { file: 'f', line: 1 },
  warnings: [],
  sample: { problem_id: 'p', split: 'dev', iteration: 0, sample_index: 0, ...sample },
});

describe('groundingView', () => {
  it('checks a rationale against a NExT inline trace and lists contradictions', () => {
    const trace = ['def f(n):  # (0) n=3', '    total = n * 2  # (1) total=6', '    return total  # (2) __return__=6', 'assert f(3) == 6'].join('\n');
    const view = groundingView(detail({ trace, rationale: 'After the multiplication, `total` is 7, so the result is wrong.' }), undefined);
    expect(view.text).toMatch(/contradicted/);
    expect(view.contradicted.length).toBeGreaterThanOrEqual(1);
  });
  it('falls back to the index counts, then to "not checked"', () => {
    const cell = { index: 0, sample_index: 0, passed: true, rationaleChars: 3, grounding: { consistent: 2, contradicted: 0, unverifiable: 1 } };
    expect(groundingView(detail({ rationale: 'abc' }), cell).text).toBe('3 claims: 2 consistent, 0 contradicted, 1 unverifiable');
    expect(groundingView(detail({ rationale: 'abc' }), { ...cell, grounding: null }).text).toMatch(/Not checked/);
  });
});
