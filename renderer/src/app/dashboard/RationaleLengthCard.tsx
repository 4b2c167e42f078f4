import { interpolateViridis } from 'd3';
import { useMemo, useState } from 'react';
import type { DashboardResult } from '../../../../shared/contract';
import { BoxPlotChart } from './charts/BoxPlotChart';
import { ChartCard, type LegendItem } from './charts/ChartCard';
import { HistogramChart } from './charts/HistogramChart';
import { histogramLines, missingBoxes, rationaleBoxes, xDomain } from './chartModel';
import { NO_RATIONALE, rationaleEmpty, rationaleGaps } from './chartNotes';

interface RationaleLengthCardProps {
  data: DashboardResult;
  color: (split: string) => string;
  legend: LegendItem[];
  note?: string;
  onSelect(query: string): void;
}

/**
 * Rationale length per split × iteration: box plots, or one split's
 * distributions as histograms, over the samples that have a rationale
 * (a sample without one has no length, not a length of 0).
 */
export function RationaleLengthCard({ data, color, legend, note, onSelect }: RationaleLengthCardProps) {
  const [view, setView] = useState<'box' | 'histogram'>('box');
  const [split, setSplit] = useState(data.splits[0] ?? '');
  const activeSplit = data.splits.includes(split) ? split : (data.splits[0] ?? '');
  const boxes = useMemo(() => rationaleBoxes(data), [data]);
  const missing = useMemo(() => missingBoxes(data), [data]);
  const lines = useMemo(() => histogramLines(data, activeSplit), [data, activeSplit]);
  // Iterations in order from dark to light, so "later" reads as a direction.
  const iterColor = (key: string) => {
    const at = lines.findIndex((l) => l.key === key);
    return interpolateViridis(lines.length > 1 ? (at / (lines.length - 1)) * 0.85 : 0.4);
  };
  const controls = (
    <>
      <span className="segmented" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'box'} onClick={() => setView('box')}>
          Box
        </button>
        <button type="button" aria-pressed={view === 'histogram'} onClick={() => setView('histogram')} data-testid="rationale-histogram">
          Histogram
        </button>
      </span>
      {view === 'histogram' && data.splits.length > 1 && (
        <select value={activeSplit} onChange={(e) => setSplit(e.target.value)} aria-label="Split">
          {data.splits.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      )}
    </>
  );
  return (
    <ChartCard
      title="Rationale length"
      subtitle={
        view === 'box'
          ? 'Characters per rationale, over samples with a rationale · box: quartiles, line: median, dot: mean, whiskers: min–max (arrow: beyond the axis)'
          : `Distribution of characters per rationale in ${activeSplit}, over samples with a rationale, one line per iteration`
      }
      hint={view === 'box' ? 'Click a box to list its samples.' : 'Click a point to list those samples.'}
      testId="chart-rationale-length"
      legend={view === 'box' ? legend : lines.map((l) => ({ label: l.label, color: iterColor(l.key) }))}
      controls={controls}
      note={[note, rationaleGaps(data)].filter(Boolean).join(' ') || undefined}
      empty={rationaleEmpty(data)}
    >
      {(w) =>
        view === 'box' ? (
          <BoxPlotChart width={w} xDomain={xDomain(data)} series={data.splits} color={color} boxes={boxes} missing={missing} yLabel="Rationale length (chars)" onSelect={(b) => onSelect(b.query)} />
        ) : lines.length === 0 ? (
          // Another split has rationales (else the card would be empty): keep the split picker reachable.
          <p className="chart-empty-note" data-testid="chart-rationale-length-empty">
            {NO_RATIONALE} ({activeSplit}).
          </p>
        ) : (
          <HistogramChart width={w} lines={lines} color={iterColor} onSelect={(b) => onSelect(b.query)} />
        )
      }
    </ChartCard>
  );
}
