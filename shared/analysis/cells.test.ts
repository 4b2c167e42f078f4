import { describe, expect, it } from 'vitest';
import { codeIterations, countCells } from './cells';
import { columnsFromSamples } from './columns';

const rows = (iterations: number[]) =>
  columnsFromSamples(iterations.map((iteration, i) => ({ problem_id: `p${i % 2}`, split: 'dev', iteration, sample_index: i, passed: i % 3 === 0 })));

describe('codeIterations', () => {
  it('codes small and negative iteration numbers in ascending order', () => {
    const { iterations, rowIterCode } = codeIterations(rows([3, 17, -1, 3, 0]));
    expect(iterations).toEqual([-1, 0, 3, 17]);
    expect(Array.from(rowIterCode)).toEqual([2, 3, 0, 2, 1]);
  });
  it('copes with iteration numbers far apart', () => {
    const { iterations, rowIterCode } = codeIterations(rows([0, 900_000_000, 5]));
    expect(iterations).toEqual([0, 5, 900_000_000]);
    expect(Array.from(rowIterCode)).toEqual([0, 2, 1]);
  });
});

describe('countCells', () => {
  it('counts samples, known outcomes and passes per split × iteration × problem', () => {
    const cells = countCells(
      columnsFromSamples([
        { problem_id: 'a', split: 'dev', iteration: 0, sample_index: 0, passed: true },
        { problem_id: 'a', split: 'dev', iteration: 0, sample_index: 1, passed: null },
        { problem_id: 'a', split: 'dev', iteration: 1, sample_index: 0, passed: false },
      ]),
    );
    expect(cells.length).toBe(2);
    expect([Array.from(cells.total), Array.from(cells.known), Array.from(cells.passed)]).toEqual([
      [2, 1],
      [1, 1],
      [1, 0],
    ]);
  });
});
