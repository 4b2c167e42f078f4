import { format } from 'd3';
import { useMemo, useState } from 'react';
import type { DashboardResult } from '../../../../shared/contract';
import { fmtRanges } from '../../../../shared/analysis/format';
import { ChartCard } from './charts/ChartCard';
import { SeriesChart } from './charts/SeriesChart';
import { seriesColors } from './charts/colors';
import { fixRatePoints, groundingPoints, passAtKPoints, xDomain, type K } from './chartModel';
import { emptyGroupsNote, fixRateEmpty, groundingEmpty, passAtKEmpty, passAtKNote } from './chartNotes';
import { RationaleLengthCard } from './RationaleLengthCard';

const pct = format('.0%');

interface DashboardChartsProps {
  data: DashboardResult;
  /** Filters the sample list to what a mark stands for. */
  onSelect(query: string): void;
}

/** The per split × iteration charts: fix rate, pass@k, rationale length, grounding. */
export function DashboardCharts({ data, onSelect }: DashboardChartsProps) {
  const [k, setK] = useState<K>('1');
  const x = useMemo(() => xDomain(data), [data]);
  const color = useMemo(() => seriesColors(data.splits), [data.splits]);
  const legend = data.splits.map((s) => ({ label: s, color: color(s) }));
  const fix = useMemo(() => fixRatePoints(data), [data]);
  const passK = useMemo(() => passAtKPoints(data, k), [data, k]);
  const grounding = useMemo(() => groundingPoints(data), [data]);
  const gaps = data.missingIterations.length ? `No samples in iteration${data.missingIterations.length > 1 || data.missingIterations[0]![0] !== data.missingIterations[0]![1] ? 's' : ''} ${fmtRanges(data.missingIterations)}: not drawn.` : null;
  const emptyNote = emptyGroupsNote(data);
  const note = (extra?: string | null) => [gaps, emptyNote, extra].filter(Boolean).join(' ') || undefined;
  const common = { xDomain: x, series: data.splits, color, onSelect: (p: { query: string }) => onSelect(p.query) };

  return (
    <div className="dashboard-charts">
      <ChartCard
        title="Fix rate by iteration"
        subtitle="% of samples whose fixed program passes the tests · whiskers: 95% Wilson CI (treats samples as independent; pass@1 has the interval over problems)"
        hint="Click a bar to list its passing samples."
        testId="chart-fix-rate"
        legend={legend}
        note={note()}
        empty={fixRateEmpty(data)}
      >
        {(w) => <SeriesChart mode="bars" width={w} points={fix} yDomain={[0, 1]} yFormat={pct} yLabel="Fix rate (% of samples)" {...common} />}
      </ChartCard>
      <ChartCard
        title={`pass@${k} by iteration`}
        subtitle="Unbiased pass@k (Chen et al. 2021), mean over problems with at least k samples · whiskers: 95% t interval over problems"
        hint="Click a point to list its samples."
        testId="chart-pass-at-k"
        legend={legend}
        controls={
          <span className="segmented" role="group" aria-label="k">
            {(['1', '5', '10'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={k === v} onClick={() => setK(v)} data-testid={`pass-k-${v}`}>
                k={v}
              </button>
            ))}
          </span>
        }
        note={note(passAtKNote(data, k))}
        empty={passAtKEmpty(data)}
      >
        {(w) => <SeriesChart mode="lines" width={w} points={passK} yDomain={[0, 1]} yFormat={pct} yLabel={`pass@${k}`} {...common} />}
      </ChartCard>
      <RationaleLengthCard data={data} color={color} legend={legend} note={note()} onSelect={onSelect} />
      <ChartCard
        title="Claims contradicted by the trace"
        subtitle="% of the rationale's checkable claims about the execution that the trace contradicts · whiskers: 95% Wilson CI over claims"
        hint="Click a bar to list samples with contradicted claims."
        testId="chart-grounding"
        legend={legend}
        note={note()}
        empty={groundingEmpty(data)}
      >
        {(w) => <SeriesChart mode="bars" width={w} points={grounding} yDomain={[0, 1]} yFormat={pct} yLabel="Contradicted (% of claims)" {...common} />}
      </ChartCard>
    </div>
  );
}
