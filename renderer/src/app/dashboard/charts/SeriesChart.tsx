import { line, scaleBand, scaleLinear } from 'd3';
import { useMemo } from 'react';
import type { SeriesPoint } from '../chartModel';
import { Axis } from './Axis';
import { activateOnKey, PlotFrame, plotSize } from './PlotFrame';
import { thinTicks } from './thinTicks';
import { Tooltip, useTooltip } from './Tooltip';

interface SeriesChartProps {
  mode: 'bars' | 'lines';
  width: number;
  height?: number;
  xDomain: string[];
  series: string[];
  color: (series: string) => string;
  points: SeriesPoint[];
  yDomain: [number, number];
  yFormat: (v: number) => string;
  yLabel: string;
  onSelect(point: SeriesPoint): void;
}

const M = { top: 12, right: 16, bottom: 40, left: 56 };

/**
 * Splits (series) across iterations (x): grouped bars or lines, with whiskers
 * for intervals. A value that cannot be computed shows "n/a" in its slot and
 * its tooltip says why. Marks are buttons: click or Enter filters the samples.
 */
export function SeriesChart({ mode, width, height = 260, xDomain, series, color, points, yDomain, yFormat, yLabel, onSelect }: SeriesChartProps) {
  const { tip, show, hide } = useTooltip();
  const { innerW, innerH } = plotSize(width, height, M);
  const x = useMemo(() => scaleBand<string>().domain(xDomain).range([0, innerW]).padding(0.2), [xDomain, innerW]);
  const xs = useMemo(() => scaleBand<string>().domain(series).range([0, x.bandwidth()]).padding(0.08), [series, x]);
  const xTicks = useMemo(() => thinTicks(xDomain, innerW), [xDomain, innerW]);
  const y = useMemo(() => scaleLinear().domain(yDomain).range([innerH, 0]), [yDomain, innerH]);
  // Lines dodge each split a little around the band centre so that their whiskers do not overlap.
  const dodge = (series: string) => ((xs(series) ?? 0) + xs.bandwidth() / 2 - x.bandwidth() / 2) * 0.15;
  const cx = (p: SeriesPoint) => (x(p.x) ?? 0) + (mode === 'bars' ? (xs(p.series) ?? 0) + xs.bandwidth() / 2 : x.bandwidth() / 2 + dodge(p.series));
  const markProps = (p: SeriesPoint) => ({
    role: 'button',
    tabIndex: 0,
    'aria-label': p.tooltip,
    'data-testid': `mark-${p.key}`,
    onClick: () => onSelect(p),
    onKeyDown: activateOnKey(() => onSelect(p)),
    onMouseMove: (e: React.MouseEvent) => show(e, p.tooltip),
    onMouseLeave: hide,
    className: 'chart-mark',
  });
  const path = line<SeriesPoint>()
    .defined((p) => p.value !== null)
    .x(cx)
    .y((p) => y(p.value ?? 0));

  return (
    <>
      <PlotFrame width={width} height={height} margin={M} label={yLabel} yTitle={yLabel} xTitle="Self-training iteration">
        <Axis orient="left" scale={y} tickFormat={yFormat} ticks={5} gridSize={innerW} />
        <Axis orient="bottom" scale={x} transform={`translate(0,${innerH})`} tickValues={xTicks} />
        {mode === 'lines' &&
          series.map((s) => (
            <path key={s} d={path(points.filter((p) => p.series === s)) ?? ''} fill="none" stroke={color(s)} strokeWidth={2} />
          ))}
        {points.map((p) => {
          if (x(p.x) === undefined) return null;
          const px = cx(p);
          if (p.value === null) {
            return (
              <g key={p.key} {...markProps(p)}>
                <rect x={px - 12} y={innerH - 18} width={24} height={18} fill="transparent" />
                <text x={px} y={innerH - 4} textAnchor="middle" className="na-text">
                  n/a
                </text>
              </g>
            );
          }
          const top = y(p.value);
          return (
            <g key={p.key} {...markProps(p)}>
              {mode === 'bars' ? (
                // A 0% bar keeps a 2 px sliver, so "none passed" does not look like "no data".
                <rect x={(x(p.x) ?? 0) + (xs(p.series) ?? 0)} y={Math.min(top, innerH - 2)} width={xs.bandwidth()} height={Math.max(2, innerH - top)} fill={color(p.series)} />
              ) : (
                <circle cx={px} cy={top} r={4.5} fill={color(p.series)} />
              )}
              {p.lo !== null && p.hi !== null && (
                <g className="whisker">
                  <line x1={px} x2={px} y1={y(p.lo)} y2={y(p.hi)} />
                  <line x1={px - 4} x2={px + 4} y1={y(p.lo)} y2={y(p.lo)} />
                  <line x1={px - 4} x2={px + 4} y1={y(p.hi)} y2={y(p.hi)} />
                </g>
              )}
            </g>
          );
        })}
      </PlotFrame>
      <Tooltip tip={tip} />
    </>
  );
}
