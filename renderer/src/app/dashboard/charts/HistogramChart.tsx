import { format, line, scaleLinear, curveMonotoneX } from 'd3';
import { useMemo } from 'react';
import type { HistogramBin, HistogramLine } from '../chartModel';
import { Axis } from './Axis';
import { lengthDomain, lengthTicks } from './lengthScale';
import { activateOnKey, PlotFrame, plotSize } from './PlotFrame';
import { Tooltip, useTooltip } from './Tooltip';

interface HistogramChartProps {
  width: number;
  height?: number;
  lines: HistogramLine[];
  color: (key: string) => string;
  onSelect(bin: HistogramBin): void;
}

const M = { top: 12, right: 16, bottom: 40, left: 56 };
const pct = format('.0%');
const chars = format(',.0f');

/** Rationale-length distributions as frequency polygons (share of samples per bin), one line per iteration. */
export function HistogramChart({ width, height = 260, lines, color, onSelect }: HistogramChartProps) {
  const { tip, show, hide } = useTooltip();
  const { innerW, innerH } = plotSize(width, height, M);
  const bins = lines[0]?.bins ?? [];
  // Padded when every rationale has the same length (one bin), so the ticks stay distinct.
  const x = useMemo(
    () => scaleLinear().domain(lengthDomain(bins[0]?.x0 ?? 0, bins.at(-1)?.x1 ?? 1, 8)).range([0, innerW]),
    [bins, innerW],
  );
  const xTicks = useMemo(() => lengthTicks(x.domain() as [number, number], 8), [x]);
  const yMax = Math.max(0.01, ...lines.flatMap((l) => l.bins.map((b) => b.share)));
  const y = useMemo(() => scaleLinear().domain([0, yMax]).nice().range([innerH, 0]), [yMax, innerH]);
  const mid = (b: HistogramBin) => x((b.x0 + b.x1) / 2);
  const path = line<HistogramBin>().x(mid).y((b) => y(b.share)).curve(curveMonotoneX);

  return (
    <>
      <PlotFrame
        width={width}
        height={height}
        margin={M}
        label="Rationale length distribution"
        yTitle="Share of samples with a rationale"
        xTitle="Rationale length (chars; last bin: this long or longer)"
      >
        <Axis orient="left" scale={y} tickFormat={pct} ticks={5} gridSize={innerW} />
        <Axis orient="bottom" scale={x} transform={`translate(0,${innerH})`} tickFormat={chars} tickValues={xTicks} />
        {lines.map((l) => (
          <g key={l.key}>
            <path d={path(l.bins) ?? ''} fill="none" stroke={color(l.key)} strokeWidth={2} />
            {l.bins.map((b, i) => (
              <circle
                key={i}
                className="chart-mark"
                role="button"
                tabIndex={0}
                aria-label={b.tooltip}
                cx={mid(b)}
                cy={y(b.share)}
                r={3.5}
                fill={color(l.key)}
                onClick={() => onSelect(b)}
                onKeyDown={activateOnKey(() => onSelect(b))}
                onMouseMove={(e) => show(e, b.tooltip)}
                onMouseLeave={hide}
              />
            ))}
          </g>
        ))}
      </PlotFrame>
      <Tooltip tip={tip} />
    </>
  );
}
