import { useRef, useState, type ReactNode } from 'react';
import { downloadBlob } from '../../../components/download';
import { exportSize, fileStem, serializeSvg, svgToPng } from './exportChart';
import { useWidth } from './useWidth';

export interface LegendItem {
  label: string;
  color: string;
}

interface ChartCardProps {
  title: string;
  /** Units and what a mark means, e.g. "% of samples whose fix passes · whiskers: 95% Wilson CI". */
  subtitle: string;
  /** How to interact (shown on screen, left out of exports). */
  hint?: string;
  testId: string;
  legend?: LegendItem[];
  controls?: ReactNode;
  /** Shown under the chart: gaps, n/a explanations. */
  note?: ReactNode;
  /**
   * Why there is nothing to draw (e.g. no sample has a test outcome): shown
   * instead of the chart, its legend, notes and export buttons.
   */
  empty?: string | null;
  children: (width: number) => ReactNode;
}

/** A chart with its title, units, legend, notes and SVG/PNG export. */
export function ChartCard({ title, subtitle, hint, testId, legend, controls, note, empty, children }: ChartCardProps) {
  const body = useRef<HTMLDivElement>(null);
  const width = useWidth(body);
  const [exportError, setExportError] = useState<string | null>(null);

  const exportAs = async (kind: 'svg' | 'png') => {
    const svg = body.current?.querySelector('svg');
    if (!svg) return;
    try {
      setExportError(null);
      const meta = { title, subtitle, legend };
      const text = serializeSvg(svg, meta);
      if (kind === 'svg') downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${fileStem(title)}.svg`);
      else {
        const { width: w, height: h } = exportSize(svg, meta);
        downloadBlob(await svgToPng(text, w, h), `${fileStem(title)}.png`);
      }
    } catch (err) {
      setExportError(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <section className="chart-card" data-testid={testId} aria-label={title}>
      <header className="chart-header">
        <div>
          <h3>{title}</h3>
          <div className="chart-subtitle">
            {subtitle}
            {hint && !empty && <span className="chart-hint"> · {hint}</span>}
          </div>
        </div>
        {!empty && (
          <div className="chart-actions">
            {controls}
            <button type="button" onClick={() => void exportAs('svg')} title="Save as SVG (vector, for papers)">
              SVG
            </button>
            <button type="button" onClick={() => void exportAs('png')} title="Save as PNG (2× resolution)">
              PNG
            </button>
          </div>
        )}
      </header>
      <div className="chart-body" ref={body}>
        {empty ? (
          <p className="chart-empty-note" data-testid={`${testId}-empty`}>
            {empty}
          </p>
        ) : (
          children(width)
        )}
      </div>
      {!empty && legend && legend.length > 0 && (
        <ul className="chart-legend" aria-label="Legend">
          {legend.map((l) => (
            <li key={l.label}>
              <span className="legend-swatch" style={{ background: l.color }} /> {l.label}
            </li>
          ))}
        </ul>
      )}
      {!empty && note && <div className="chart-note">{note}</div>}
      {exportError && <div className="error-text">{exportError}</div>}
    </section>
  );
}
