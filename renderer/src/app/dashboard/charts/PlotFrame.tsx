import type { KeyboardEvent, ReactNode } from 'react';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot area inside the margins; never narrower than 40 px so a squeezed card still draws. */
export function plotSize(width: number, height: number, m: Margin): { innerW: number; innerH: number } {
  return { innerW: Math.max(40, width - m.left - m.right), innerH: height - m.top - m.bottom };
}

interface PlotFrameProps {
  width: number;
  height: number;
  margin: Margin;
  /** What the chart shows, for screen readers. */
  label: string;
  yTitle: string;
  xTitle: string;
  children: ReactNode;
}

/** The svg of every dashboard chart: the plot translated inside its margins, with both axis titles. */
export function PlotFrame({ width, height, margin, label, yTitle, xTitle, children }: PlotFrameProps) {
  const { innerW, innerH } = plotSize(width, height, margin);
  return (
    <svg width={width} height={height} className="chart-svg" role="img" aria-label={label}>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <text className="axis-label" transform={`translate(${-margin.left + 14},${innerH / 2}) rotate(-90)`} textAnchor="middle">
          {yTitle}
        </text>
        <text className="axis-label" x={innerW / 2} y={innerH + 34} textAnchor="middle">
          {xTitle}
        </text>
        {children}
      </g>
    </svg>
  );
}

/** Marks are buttons (role="button"): Enter and Space activate them, as for a real button. */
export function activateOnKey(activate: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate();
    }
  };
}
