import { format, scaleBand, scaleLinear } from 'd3';
import { useMemo } from 'react';
import type { BoxDatum, MissingBox } from '../chartModel';
import { Axis } from './Axis';
import { lengthDomain, lengthTicks } from './lengthScale';
import { activateOnKey, PlotFrame, plotSize } from './PlotFrame';
import { thinTicks } from './thinTicks';
import { Tooltip, useTooltip } from './Tooltip';

interface BoxPlotChartProps {
  width: number;
  height?: number;
  xDomain: string[];
  series: string[];
  color: (series: string) => string;
  boxes: BoxDatum[];
  /** Split × iteration pairs with samples but no rationale: "n/a" in their slot. */
  missing?: MissingBox[];
  yLabel: string;
  onSelect(box: BoxDatum): void;
}

const M = { top: 12, right: 16, bottom: 40, left: 64 };
const fmt = format(',.0f');

/**
 * Rationale length per split × iteration: box = quartiles, line = median,
 * dot = mean, whiskers to min and max. The y axis stops at the largest upper
 * fence (Q3 + 1.5·IQR) so one huge rationale does not flatten every box;
 * a whisker that goes beyond ends in an arrow. Ticks are distinct whole
 * numbers even when every rationale has the same length.
 */
export function BoxPlotChart({ width, height = 260, xDomain, series, color, boxes, missing = [], yLabel, onSelect }: BoxPlotChartProps) {
  const { tip, show, hide } = useTooltip();
  const { innerW, innerH } = plotSize(width, height, M);
  const yMax = useMemo(() => {
    const fences = boxes.map((b) => Math.min(b.stats.max, b.stats.q3 + 1.5 * (b.stats.q3 - b.stats.q1)));
    return Math.max(0, ...fences);
  }, [boxes]);
  const x = useMemo(() => scaleBand<string>().domain(xDomain).range([0, innerW]).padding(0.2), [xDomain, innerW]);
  const xs = useMemo(() => scaleBand<string>().domain(series).range([0, x.bandwidth()]).padding(0.2), [series, x]);
  const xTicks = useMemo(() => thinTicks(xDomain, innerW), [xDomain, innerW]);
  const y = useMemo(() => scaleLinear().domain(lengthDomain(0, yMax)).range([innerH, 0]), [yMax, innerH]);
  const yTicks = useMemo(() => lengthTicks(y.domain() as [number, number]), [y]);
  const top = y.domain()[1]!;
  const clampY = (v: number) => y(Math.min(v, top));

  return (
    <>
      <PlotFrame width={width} height={height} margin={M} label={yLabel} yTitle={yLabel} xTitle="Self-training iteration">
        <Axis orient="left" scale={y} tickFormat={fmt} tickValues={yTicks} gridSize={innerW} />
        <Axis orient="bottom" scale={x} transform={`translate(0,${innerH})`} tickValues={xTicks} />
        {missing.map((m) => {
          const mid = (x(m.x) ?? 0) + (xs(m.series) ?? 0) + xs.bandwidth() / 2;
          return (
            <g key={m.key} data-testid={`box-${m.key}`} role="img" aria-label={m.tooltip}>
              <title>{m.tooltip}</title>
              <text x={mid} y={innerH - 4} textAnchor="middle" className="na-text">
                n/a
              </text>
            </g>
          );
        })}
        {boxes.map((b) => {
          const bx = (x(b.x) ?? 0) + (xs(b.series) ?? 0);
          const w = xs.bandwidth();
          const mid = bx + w / 2;
          const s = b.stats;
          return (
            <g
              key={b.key}
              className="chart-mark"
              role="button"
              tabIndex={0}
              aria-label={b.tooltip}
              data-testid={`box-${b.key}`}
              onClick={() => onSelect(b)}
              onKeyDown={activateOnKey(() => onSelect(b))}
              onMouseMove={(e) => show(e, b.tooltip)}
              onMouseLeave={hide}
            >
              <line className="box-whisker" x1={mid} x2={mid} y1={y(s.min)} y2={clampY(s.max)} />
              {s.max > top && <path className="box-overflow" d={`M${mid - 4},${y(top) + 6} L${mid},${y(top)} L${mid + 4},${y(top) + 6}`} />}
              <rect x={bx} y={clampY(s.q3)} width={w} height={Math.max(1, clampY(s.q1) - clampY(s.q3))} fill={color(b.series)} fillOpacity={0.35} stroke={color(b.series)} />
              <line className="box-median" x1={bx} x2={bx + w} y1={clampY(s.median)} y2={clampY(s.median)} stroke={color(b.series)} />
              <circle cx={mid} cy={clampY(s.mean)} r={2.5} fill={color(b.series)} />
            </g>
          );
        })}
      </PlotFrame>
      <Tooltip tip={tip} />
    </>
  );
}
