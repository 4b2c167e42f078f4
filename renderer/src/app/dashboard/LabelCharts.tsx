import { format } from 'd3';
import { useMemo } from 'react';
import type { LabelAverage } from '../../../../shared/analysis/labels';
import { ChartCard } from './charts/ChartCard';
import { SeriesChart } from './charts/SeriesChart';
import { seriesColors } from './charts/colors';
import { labelPoints } from './chartModel';

interface LabelChartsProps {
  averages: readonly LabelAverage[];
  iterations: string[];
  onSelect(query: string): void;
}

const two = format('.2f');

/** Human label means per rubric dimension, split × iteration, with 95% t intervals. */
export function LabelCharts({ averages, iterations, onSelect }: LabelChartsProps) {
  const byDim = useMemo(() => labelPoints(averages), [averages]);
  const splits = useMemo(() => [...new Set(averages.map((a) => a.split))], [averages]);
  const color = useMemo(() => seriesColors(splits), [splits]);
  if (averages.length === 0) {
    return (
      <section className="chart-card chart-empty" data-testid="chart-labels">
        <h3>Human labels</h3>
        <p className="muted">No labels yet: label samples in the Labels tab to see rationale quality here.</p>
      </section>
    );
  }
  return (
    <>
      {[...byDim].map(([dim, { label, scale, scoring, points }]) => (
        <ChartCard
          key={dim}
          title={`Label: ${label}`}
          subtitle={`Mean score per sample label (${scoring}) · whiskers: 95% t interval · stale labels left out`}
          hint="Click a bar to list its samples."
          testId={`chart-label-${dim}`}
          legend={splits.map((s) => ({ label: s, color: color(s) }))}
        >
          {(w) => (
            <SeriesChart
              mode="bars"
              width={w}
              xDomain={iterations}
              series={splits}
              color={color}
              points={points}
              yDomain={scale[1] === 1 ? [0, 1] : [0, scale[1]]}
              yFormat={two}
              yLabel="Mean label score"
              onSelect={(p) => onSelect(p.query)}
            />
          )}
        </ChartCard>
      ))}
    </>
  );
}
