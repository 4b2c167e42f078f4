import type { TestBoundary } from '../../../../shared/trace/cursor';
import type { StepScale } from './StepScale';

interface Props {
  scale: StepScale;
  width: number;
  ticks: readonly number[];
  boundaries: readonly TestBoundary[];
}

/** Step axis above the events (SVG: a few dozen labels, cheap to re-render on every zoom). */
export function TimeAxis({ scale, width, ticks, boundaries }: Props) {
  return (
    <svg className="tl-axis" width={width} height={22} role="presentation">
      {ticks.map((t) => {
        const x = Math.round(scale.toPx(t)) + 0.5;
        return (
          <g key={t} transform={`translate(${x},0)`}>
            <line y1={16} y2={22} className="tl-axis-tick" />
            <text y={12} textAnchor="middle" className="tl-axis-label">
              {t}
            </text>
          </g>
        );
      })}
      {boundaries
        .filter((b) => scale.contains(b.step))
        .map((b) => (
          <g key={`b${b.step}`} transform={`translate(${Math.round(scale.toPx(b.step - 0.5))},0)`}>
            <title>{b.label}</title>
            <path d="M0,14 L5,22 L-5,22 Z" className={b.passed ? 'tl-boundary-pass' : 'tl-boundary-fail'} />
          </g>
        ))}
    </svg>
  );
}
