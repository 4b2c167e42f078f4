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
  it('exports Markdown and CSV with quoting', () => {
    const rows = tableRows(d);
    expect(toMarkdown(tableHeader, rows).split('\n')[1]).toMatch(/^\| --- \| --- /);
    expect(toCsv(tableHeader, rows).split('\n')[2]!.startsWith('"test, hard",1,')).toBe(true);
  });
});
