import { describe, expect, it } from 'vitest';
import type { SampleDetail } from '../../../../shared/contract';
import { codeDiffLines, differingSections, rationaleDiff, testOutcomeRows } from './compareModel';

const detail = (over: Partial<SampleDetail['sample']>, index = 0): SampleDetail => ({
  index,
  key: { problem_id: 'p', split: 'dev', iteration: 0, sample_index: index },
  contentHash: 'h',
  source: { file: 'f.jsonl', line: index + 1 },
  warnings: [],
  sample: { problem_id: 'p', split: 'dev', iteration: 0, sample_index: index, ...over },
});

describe('compare model', () => {
  it('aligns test outcomes by test and flags the ones that differ', () => {
    const rows = testOutcomeRows([
      detail({ test_results: [{ test: 'assert f(1) == 1', passed: true }, { test: 'assert f(2) == 4', passed: false, error: 'AssertionError' }] }),
      detail({ test_results: [{ test: 'assert f(2) == 4', passed: true }, { test: 'assert f(1) == 1', passed: true }] }),
    ]);
    expect(rows.map((r) => [r.test, r.differs])).toEqual([
      ['assert f(1) == 1', false],
      ['assert f(2) == 4', true],
    ]);
    expect(rows[1]!.outcomes[0]).toEqual({ passed: false, error: 'AssertionError' });
  });

  it('treats whitespace-only code changes as no difference', () => {
    const a = detail({ rationale: 'same', fixed_code: 'def f(x):\r\n    return x  \r\n' });
    const b = detail({ rationale: 'same', fixed_code: 'def f(x):\n    return x' });
    expect([...differingSections([a, b], ['', ''])]).toEqual([]);
    const c = detail({ rationale: 'other words', fixed_code: 'def f(x):\n    return x + 1' });
    expect([...differingSections([a, c], ['', ''])].sort()).toEqual(['fixed_code', 'rationale']);
  });

  it('diffs rationales word by word', () => {
    const parts = rationaleDiff('the loop stops one early', 'the loop stops at n')!;
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toContain('one early');
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toContain('at n');
  });

  it('collapses long unchanged runs of code to a marker', () => {
    const base = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');
    const other = ['a', 'b', 'c', 'd', 'e', 'f', 'G'].join('\n');
    expect(codeDiffLines(base, other, 1)).toEqual([
      { kind: 'skipped', count: 5 },
      { kind: 'same', text: 'f' },
      { kind: 'removed', text: 'g' },
      { kind: 'added', text: 'G' },
    ]);
    expect(codeDiffLines(base, other)).toHaveLength(8);
  });

  it('gives up on texts too different to diff instead of freezing', () => {
    const words = (seed: number) => Array.from({ length: 4000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    expect(rationaleDiff(words(7), words(13))).toBeNull();
    const lines = codeDiffLines(words(7).replace(/ /g, '\n'), words(13).replace(/ /g, '\n'));
    expect(lines.filter((l) => l.kind === 'removed')).toHaveLength(4000);
    expect(lines.filter((l) => l.kind === 'added')).toHaveLength(4000);
  });
});
