import { describe, expect, it } from 'vitest';
import { computeStats, type StatsColumns } from './stats';

/** Builds columns from readable rows: [split, iteration, problem, passed (1/0/-1), rationaleChars]. */
function cols(rows: Array<[string, number, number, number, number]>): StatsColumns {
  const splitNames = [...new Set(rows.map((r) => r[0]))];
  return {
    splitNames,
    split: rows.map((r) => splitNames.indexOf(r[0])),
    iteration: rows.map((r) => r[1]),
    problem: rows.map((r) => r[2]),
    passed: rows.map((r) => r[3]),
    rationaleChars: rows.map((r) => r[4]),
  };
}
const all = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('computeStats', () => {
  it('computes fix rate and unbiased pass@k per split × iteration', () => {
    // Problem 0: 10 samples, 3 pass. Problem 1: 10 samples, 0 pass. Iteration 1 only.
    const rows: Array<[string, number, number, number, number]> = [];
    for (let i = 0; i < 10; i++) rows.push(['train', 1, 0, i < 3 ? 1 : 0, 100]);
    for (let i = 0; i < 10; i++) rows.push(['train', 1, 1, 0, 300]);
    const [row] = computeStats(cols(rows), all(rows.length));
    expect(row.samples).toBe(20);
    expect(row.problems).toBe(2);
    expect(row.fix_rate).toBeCloseTo(3 / 20);
    // pass@1 for problem 0 is c/n = 0.3; problem 1 is 0 → mean 0.15.
    expect(row.pass_at_k['1']).toBeCloseTo(0.15);
    // pass@5 for problem 0: 1 - C(7,5)/C(10,5) = 1 - 21/252.
    expect(row.pass_at_k['5']).toBeCloseTo((1 - 21 / 252) / 2);
    expect(row.pass_at_k['10']).toBeCloseTo(0.5);
    expect(row.mean_rationale_chars).toBe(200);
  });

  it('says n/a (null) where k exceeds the samples per problem, and ignores unknown outcomes', () => {
    const rows: Array<[string, number, number, number, number]> = [
      ['dev', 0, 0, 1, 0],
      ['dev', 0, 0, 0, 0],
      ['dev', 0, 1, -1, 0],
      ['dev', 2, 0, -1, 0],
    ];
    const stats = computeStats(cols(rows), all(rows.length));
    expect(stats.map((s) => [s.split, s.iteration])).toEqual([['dev', 0], ['dev', 2]]);
    expect(stats[0]).toMatchObject({ samples: 3, problems: 2, fix_rate: 0.5, pass_at_k: { '1': 0.5, '5': null, '10': null }, mean_rationale_chars: null });
    expect(stats[1]).toMatchObject({ samples: 1, fix_rate: null, pass_at_k: { '1': null } });
  });

  it('only counts the selected rows', () => {
    const rows: Array<[string, number, number, number, number]> = [['test', 0, 0, 1, 5], ['test', 0, 1, 0, 5]];
    expect(computeStats(cols(rows), [1])[0]).toMatchObject({ samples: 1, fix_rate: 0 });
  });
});
