import { describe, expect, it } from 'vitest';
import { columnsFromSamples } from '../../../../shared/analysis/columns';
import { computeDashboard } from '../../../../shared/analysis/dashboard';
import { tableHeader, tableRows, toCsv, toMarkdown } from './statsTable';

describe('stats table', () => {
  const d = {
    ...computeDashboard(
      columnsFromSamples([
        { problem_id: 'a', split: 'dev', iteration: 0, sample_index: 0, passed: true, rationaleChars: 10 },
        { problem_id: 'b', split: 'dev', iteration: 0, sample_index: 0, passed: false, rationaleChars: 30 },
        { problem_id: 'c', split: 'test, hard', iteration: 1, sample_index: 0, passed: null, rationaleChars: 5 },
      ]),
    ),
    computeMs: 0,
    indexing: false,
  };
  it('prints n/a for what cannot be computed and skips empty split × iteration pairs', () => {
    const rows = tableRows(d);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slice(0, 5)).toEqual(['dev', '0', '2', '2', '50.0%']);
    expect(rows[0]![7]).toMatch(/^\[\d+\.\d%, \d+\.\d%\]$/);
    expect(rows[0]![8]).toBe('n/a');
    expect(rows[1]![4]).toBe('n/a');
    expect(rows.flat().join(' ')).not.toMatch(/NaN|undefined/);
  });
  it('reads n/a, not 0, for Solved without outcomes and the median rationale without rationales, in the copies too', () => {
    const bench = {
      ...computeDashboard(
        columnsFromSamples([
          { problem_id: 'a', split: 'test', iteration: 0, sample_index: 0, passed: null, rationaleChars: 0 },
          { problem_id: 'b', split: 'test', iteration: 0, sample_index: 0, passed: null, rationaleChars: 0 },
        ]),
      ),
      computeMs: 0,
      indexing: false,
    };
    const [row] = tableRows(bench);
    const cell = (name: string) => row![tableHeader.indexOf(name)];
    expect(cell('Samples')).toBe('2');
    expect(cell('Solved')).toBe('n/a');
    expect(cell('Median rationale (chars)')).toBe('n/a');
    expect(toMarkdown(tableHeader, [row!]).split('\n')[2]).toBe('| test | 0 | 2 | 2 | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a |');
    expect(toCsv(tableHeader, [row!]).split('\n')[1]).toBe('test,0,2,2,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a');
    // With outcomes, Solved stays a count (here 1 of 2 problems).
    expect(tableRows(d)[0]![tableHeader.indexOf('Solved')]).toBe('1');
  });
  it('exports Markdown and CSV with quoting', () => {
    const rows = tableRows(d);
    expect(toMarkdown(tableHeader, rows).split('\n')[1]).toMatch(/^\| --- \| --- /);
    expect(toCsv(tableHeader, rows).split('\n')[2]!.startsWith('"test, hard",1,')).toBe(true);
  });
});
