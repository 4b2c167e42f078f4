import { useMemo } from 'react';
import './dashboard.css';
import type { LabelAverage } from '../../../../shared/analysis/labels';
import { fmtNum } from '../../../../shared/analysis/format';
import { AgreementTable } from '../annotation/AgreementTable';
import { useRequest } from '../dataset/useRequest';
import { useViewStore } from '../state/viewStore';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFilter } from './DashboardFilter';
import { useDashboardStore } from './dashboardStore';
import { LabelCharts } from './LabelCharts';
import { PairedComparison } from './PairedComparison';
import { StatsTable } from './StatsTable';
import { xDomain } from './chartModel';
import { useLabelAverages } from './useLabelAverages';

interface DashboardViewProps {
  /** Overrides the label means read from the labels database (tests, embedding). */
  labels?: readonly LabelAverage[];
}

/** The self-training dashboard: every figure computed in the backend from the index. */
export function DashboardView({ labels }: DashboardViewProps = {}) {
  const datasetId = useViewStore((s) => s.datasetId);
  const stored = useLabelAverages(datasetId);
  const setView = useViewStore((s) => s.set);
  const filter = useDashboardStore((s) => s.filter);
  const { data, error, loading } = useRequest('analysis:dashboard', datasetId ? { datasetId, query: filter } : null);
  const x = useMemo(() => (data ? xDomain(data) : []), [data]);
  // A mark stands for its samples within the filter: both go to the sample list.
  const select = (query: string) => setView({ query: [filter, query].filter(Boolean).join(' '), tab: 'samples' });

  if (!datasetId) return <div className="placeholder">Open a dataset to see its dashboard.</div>;
  return (
    <div className="dashboard" data-testid="dashboard" aria-busy={loading}>
      <DashboardFilter error={error} />
      {!data && !error && <p className="muted">Computing…</p>}
      {data && (
        <>
          <p className="dashboard-status" data-testid="dashboard-status">
            {fmtNum(data.totalSamples)} sample{data.totalSamples === 1 ? '' : 's'}{filter ? ` matching ${filter}` : ''} · {data.splits.length} split{data.splits.length === 1 ? '' : 's'} · iterations {data.iterations.join(', ') || 'none'}
            {data.indexing && ' · still indexing: figures will grow'} <span className="muted">· computed in {fmtNum(data.computeMs, 0)} ms</span>
          </p>
          {data.totalSamples === 0 ? (
            <p className="muted">{filter ? 'No sample matches the filter.' : 'The dataset has no samples yet.'}</p>
          ) : (
            <>
              <DashboardCharts data={data} onSelect={select} />
              <PairedComparison datasetId={datasetId} iterations={data.iterations} splits={data.splits} query={filter} />
              <LabelCharts averages={labels ?? stored} iterations={x} onSelect={select} />
              {(labels ?? stored).length > 0 && (
                <section className="chart-card" aria-label="Inter-annotator agreement">
                  <h3>Inter-annotator agreement</h3>
                  <AgreementTable datasetId={datasetId} />
                </section>
              )}
              <StatsTable data={data} />
            </>
          )}
        </>
      )}
    </div>
  );
}
