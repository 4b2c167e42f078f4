import { wilson } from '../../../../shared/analysis/ci';
import { fmtInterval, fmtNum, fmtPct } from '../../../../shared/analysis/format';
import type { LabelAverage } from '../../../../shared/analysis/labels';
import type { BoxStats, DashboardGroup, DashboardResult } from '../../../../shared/contract';
import { queryFor } from './queryFor';

/** One mark of a bar or line chart: a split (series) at an iteration (x). */
export interface SeriesPoint {
  key: string;
  x: string;
  series: string;
  /** Null draws nothing and the tooltip says why ("n/a"). */
  value: number | null;
  lo: number | null;
  hi: number | null;
  tooltip: string;
  /** The sample-list query the mark stands for. */
  query: string;
}

export interface BoxDatum {
  key: string;
  x: string;
  series: string;
  stats: BoxStats;
  tooltip: string;
  query: string;
}

/** A split × iteration with samples but no rationale: "n/a" in the length chart. */
export interface MissingBox {
  key: string;
  x: string;
  series: string;
  tooltip: string;
}

export const iterLabel = (iteration: number) => `iter ${iteration}`;
/** A split at an iteration: what every mark stands for. */
type Cell = Pick<DashboardGroup, 'split' | 'iteration'>;
const where = (g: Cell) => `${g.split} · ${iterLabel(g.iteration)}`;

interface Estimate {
  value: number | null;
  lo: number | null;
  hi: number | null;
}

/** The mark of one split × iteration: where it sits, its estimate, and what it says and lists. */
function groupPoint(g: Cell, estimate: Estimate | null, detail: string, query: string): SeriesPoint {
  return {
    key: `${g.split}:${g.iteration}`,
    x: iterLabel(g.iteration),
    series: g.split,
    value: estimate?.value ?? null,
    lo: estimate?.lo ?? null,
    hi: estimate?.hi ?? null,
    tooltip: `${where(g)} — ${detail}`,
    query,
  };
}

/** The x categories: iterations present, ascending (gaps are reported beside the chart, not drawn). */
export function xDomain(d: DashboardResult): string[] {
  return d.iterations.map(iterLabel);
}

export function fixRatePoints(d: DashboardResult): SeriesPoint[] {
  return d.groups.map((g) => {
    const f = g.fixRate;
    const detail =
      g.samples === 0
        ? 'no samples'
        : f
          ? `fix rate ${fmtPct(f.value)} ${fmtInterval(f.lo, f.hi)} · ${fmtNum(f.successes)} of ${fmtNum(f.trials)} samples pass`
          : 'fix rate n/a: no sample has a test outcome';
    const unknown = g.unknown ? ` · ${fmtNum(g.unknown)} with unknown outcome` : '';
    return groupPoint(g, f, `${detail}${unknown}`, queryFor({ split: g.split, iteration: g.iteration, passed: true }));
  });
}

export type K = '1' | '5' | '10';

export function passAtKPoints(d: DashboardResult, k: K): SeriesPoint[] {
  return d.groups.map((g) => {
    const cell = g.passAtK[k];
    const detail =
      g.samples === 0
        ? 'no samples'
        : cell.value === null
          ? g.unknown === g.samples
            ? `pass@${k} n/a: no sample has a test outcome`
            : `pass@${k} n/a: no problem has ${k} sample${k === '1' ? '' : 's'} with a test outcome`
          : `pass@${k} ${fmtPct(cell.value)}${cell.lo !== null ? ` ${fmtInterval(cell.lo, cell.hi)}` : ''} over ${fmtNum(cell.problems)} of ${fmtNum(g.problems)} problems`;
    return groupPoint(g, cell, detail, queryFor({ split: g.split, iteration: g.iteration }));
  });
}

/** Share of checked claims that the trace contradicts, with a Wilson interval over claims. */
export function groundingPoints(d: DashboardResult): SeriesPoint[] {
  return d.groups.map((g) => {
    const gr = g.grounding;
    const claims = gr ? gr.consistent + gr.contradicted + gr.unverifiable : 0;
    const share = gr ? wilson(gr.contradicted, claims) : null;
    const detail = !gr
      ? 'no sample checked'
      : claims === 0
        ? `${fmtNum(gr.samplesChecked)} samples checked, no claims found`
        : `${fmtPct(share!.value)} of ${fmtNum(claims)} claims contradicted ${fmtInterval(share!.lo, share!.hi)} · ${fmtNum(gr.consistent)} consistent, ${fmtNum(gr.unverifiable)} unverifiable · ${fmtNum(gr.samplesChecked)} samples checked`;
    return groupPoint(g, share, detail, queryFor({ split: g.split, iteration: g.iteration, grounding: 'contradicted' }));
  });
}

/** Samples of a group that have a rationale (0 chars = none), for queries. */
const HAS_RATIONALE: [number, number] = [1, Infinity];
const without = (g: DashboardGroup) => g.samples - (g.rationale?.n ?? 0);

/** One box per split × iteration with a rationale; its statistics cover only the samples that have one. */
export function rationaleBoxes(d: DashboardResult): BoxDatum[] {
  return d.groups.flatMap((g) =>
    g.rationale
      ? [
          {
            key: `${g.split}:${g.iteration}`,
            x: iterLabel(g.iteration),
            series: g.split,
            stats: g.rationale,
            tooltip: `${where(g)} — rationale length (chars): median ${fmtNum(g.rationale.median)}, IQR ${fmtNum(g.rationale.q1)}–${fmtNum(g.rationale.q3)}, range ${fmtNum(g.rationale.min)}–${fmtNum(g.rationale.max)}, mean ${fmtNum(g.rationale.mean, 1)} · ${fmtNum(g.rationale.n)} sample${g.rationale.n === 1 ? '' : 's'} with a rationale${without(g) ? ` (${fmtNum(without(g))} without, left out)` : ''}`,
            query: queryFor({ split: g.split, iteration: g.iteration, rationale: HAS_RATIONALE }),
          },
        ]
      : [],
  );
}

/** Split × iteration pairs whose samples all lack a rationale. */
export function missingBoxes(d: DashboardResult): MissingBox[] {
  return d.groups
    .filter((g) => g.samples > 0 && g.rationale === null)
    .map((g) => ({
      key: `${g.split}:${g.iteration}`,
      x: iterLabel(g.iteration),
      series: g.split,
      tooltip: `${where(g)} — rationale length n/a: none of its ${fmtNum(g.samples)} sample${g.samples === 1 ? ' has' : 's have'} a rationale`,
    }));
}

/** Per dimension: the label means as chart points (x = iteration, series = split). */
export interface LabelSeries {
  label: string;
  scale: [number, number];
  scoring: string;
  points: SeriesPoint[];
}

export function labelPoints(averages: readonly LabelAverage[]): Map<string, LabelSeries> {
  const byDim = new Map<string, LabelSeries>();
  for (const a of averages) {
    let entry = byDim.get(a.dimension);
    if (!entry) byDim.set(a.dimension, (entry = { label: a.dimensionLabel, scale: a.scale, scoring: a.scoring, points: [] }));
    const ci = a.ci;
    const n = ci?.n ?? 0;
    const interval = ci && ci.lo !== null ? fmtInterval(ci.lo, ci.hi, (v) => fmtNum(v, 2)) : '(one label: no interval)';
    const detail = `${a.dimensionLabel}: mean ${fmtNum(ci?.mean, 2)} ${interval} · ${fmtNum(n)} label${n === 1 ? '' : 's'}`;
    entry.points.push(groupPoint(a, ci && { value: ci.mean, lo: ci.lo, hi: ci.hi }, detail, queryFor({ split: a.split, iteration: a.iteration })));
  }
  return byDim;
}

/** One bin of a rationale-length histogram line. */
export interface HistogramBin {
  x0: number;
  x1: number;
  /** Share of the group's samples with a rationale in the bin. */
  share: number;
  count: number;
  /** True for the last bin, which also holds every longer rationale. */
  openEnded: boolean;
  tooltip: string;
  query: string;
}

export interface HistogramLine {
  key: string;
  label: string;
  bins: HistogramBin[];
}

/**
 * Rationale-length distributions of one split, one line per iteration, over
 * the samples with a rationale (iterations without any left out).
 */
export function histogramLines(d: DashboardResult, split: string): HistogramLine[] {
  const edges = d.rationaleBins;
  return d.groups
    .filter((g) => g.split === split && g.rationale !== null)
    .map((g) => ({
      key: `${g.split}:${g.iteration}`,
      label: iterLabel(g.iteration),
      bins: g.rationaleHistogram.map((count, i) => {
        const x0 = edges[i]!;
        const x1 = edges[i + 1]!;
        const openEnded = i === g.rationaleHistogram.length - 1;
        const range = openEnded ? `≥ ${fmtNum(x0)}` : `${fmtNum(x0)}–${fmtNum(x1)}`;
        const n = g.rationale!.n;
        return {
          x0,
          x1,
          count,
          share: count / n,
          openEnded,
          tooltip: `${where(g)} — ${range} chars: ${fmtPct(count / n)} (${fmtNum(count)} of ${fmtNum(n)} samples with a rationale)`,
          // Edges start at the shortest rationale (≥ 1 char), so the first bin never holds samples without one.
          query: queryFor({ split: g.split, iteration: g.iteration, rationale: [Math.max(1, x0), openEnded ? Infinity : x1 - 1] }),
        };
      }),
    }));
}
