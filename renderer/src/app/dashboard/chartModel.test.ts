import { describe, expect, it } from 'vitest';
import { columnsFromSamples, type PlainSample } from '../../../../shared/analysis/columns';
import { computeDashboard } from '../../../../shared/analysis/dashboard';
import type { DashboardResult } from '../../../../shared/contract';
import { fixRatePoints, groundingPoints, histogramLines, passAtKPoints, rationaleBoxes } from './chartModel';

const dash = (rows: PlainSample[]): DashboardResult => ({ ...computeDashboard(columnsFromSamples(rows)), computeMs: 0, indexing: false });
const s = (problem_id: string, split: string, iteration: number, passed: boolean | null): PlainSample => ({
  problem_id,
  split,
  iteration,
  sample_index: 0,
  passed,
  rationaleChars: 40,
});

describe('chart model', () => {
  const d = dash([s('a', 'dev', 0, false), s('b', 'dev', 0, true), s('a', 'dev', 17, true), s('t', 'test', 0, null)]);

  it('says why a mark is missing instead of showing NaN', () => {
    const tips = fixRatePoints(d).map((p) => p.tooltip);
    expect(tips).toContain('test · iter 17 — no samples');
    expect(tips).toContain('test · iter 0 — fix rate n/a: no sample has a test outcome · 1 with unknown outcome');
    expect(tips.join('\n')).not.toMatch(/NaN|undefined/);
    const p5 = passAtKPoints(d, '5').find((p) => p.key === 'dev:0')!;
    expect(p5.value).toBeNull();
    expect(p5.tooltip).toMatch(/pass@5 n\/a: no problem has 5 samples/);
    expect(groundingPoints(d).every((p) => p.value === null && /no sample checked|no samples/.test(p.tooltip))).toBe(true);
  });

  it('links every mark to the sample-list query it stands for', () => {
    const bar = fixRatePoints(d).find((p) => p.key === 'dev:0')!;
    expect(bar).toMatchObject({ value: 0.5, query: 'split:dev iter:0 passed:true' });
    expect(bar.tooltip).toMatch(/fix rate 50\.0% \[\d+\.\d%, \d+\.\d%\] · 1 of 2 samples pass/);
    expect(rationaleBoxes(d).map((b) => b.key)).toEqual(['dev:0', 'dev:17', 'test:0']);
  });

  it('turns each iteration of a split into a length distribution whose shares add up to 1', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ ...s(`p${i}`, 'dev', i % 2, i % 3 === 0), rationaleChars: 100 + i * 10 }));
    const lines = histogramLines(dash(rows), 'dev');
    expect(lines.map((l) => l.label)).toEqual(['iter 0', 'iter 1']);
    for (const l of lines) expect(l.bins.reduce((t, b) => t + b.share, 0)).toBeCloseTo(1, 12);
    const first = lines[0]!.bins[0]!;
    expect(first.query).toBe(`split:dev iter:0 rationale:${first.x0}..${first.x1 - 1}`);
    expect(lines[0]!.bins.at(-1)!.openEnded).toBe(true);
    expect(lines[0]!.bins.at(-1)!.tooltip).toMatch(/≥ [\d,]+ chars/);
  });
});
