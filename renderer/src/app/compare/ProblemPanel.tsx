import type { SampleKey } from '../../../../shared/dataset/types';
import { useViewStore } from '../state/viewStore';
import { CompareColumns } from './CompareColumns';
import { useCompareStore } from './compareStore';
import { ProblemGrid, type LabelStatus } from './ProblemGrid';
import { useRequest } from '../dataset/useRequest';
import { useSampleDetails } from './useSampleDetails';

interface ProblemPanelProps {
  datasetId: string;
  problemId: string;
  labelStatus?: (key: SampleKey) => LabelStatus;
}

// Beyond this many columns the text is too narrow to read; the oldest selection drops out.
const MAX_COLUMNS = 6;

/** One problem: its grid, the selection, and the comparison of the selected samples. */
export function ProblemPanel({ datasetId, problemId, labelStatus }: ProblemPanelProps) {
  const { data, error, loading } = useRequest('analysis:problem', { datasetId, problemId });
  const stored = useCompareStore((s) => s.selection);
  const onlyDiffs = useCompareStore((s) => s.onlyDiffs);
  const setCompare = useCompareStore((s) => s.set);
  const setView = useViewStore((s) => s.set);
  // The selection belongs to one problem of one dataset: another one starts empty.
  const selected = stored.datasetId === datasetId && stored.problemId === problemId ? stored.indices : [];
  const setSelected = (update: (s: number[]) => number[]) => setCompare({ selection: { datasetId, problemId, indices: update(selected) } });
  const setOnlyDiffs = (v: boolean) => setCompare({ onlyDiffs: v });
  const { details, errors } = useSampleDetails(datasetId, selected);

  if (error) return <p className="error-text">{error}</p>;
  if (!data) return <p className="muted">{loading ? 'Loading…' : ''}</p>;
  if (!data.found) return <p className="error-text" data-testid="problem-not-found">No samples for problem “{problemId}” in this dataset.</p>;

  const cellsByIndex = new Map(data.rows.flatMap((r) => r.samples.map((c) => [c.index, { cell: c, iteration: r.iteration }] as const)));
  const chosen = selected.map((i) => cellsByIndex.get(i)).filter((x) => x !== undefined);
  const toggle = (index: number) =>
    setSelected((s) => (s.includes(index) ? s.filter((x) => x !== index) : [...s, index].slice(-MAX_COLUMNS)));

  return (
    <div className="problem-panel">
      <h2 className="problem-title">{problemId}</h2>
      <ProblemGrid result={data} selected={selected} onToggle={toggle} labelStatus={labelStatus} />
      <div className="compare-toolbar">
        <span className="muted">
          {selected.length === 0 ? 'Select two or more samples to compare them.' : `${selected.length} selected`}
        </span>
        {selected.length > 0 && (
          <button type="button" onClick={() => setSelected(() => [])}>
            Clear
          </button>
        )}
        {selected.length === 1 && (
          <button type="button" onClick={() => setView({ sampleIndex: selected[0]!, tab: 'samples', testIndex: 0, step: null })}>
            Open in Samples
          </button>
        )}
        <label>
          <input type="checkbox" checked={onlyDiffs} onChange={(e) => setOnlyDiffs(e.target.checked)} data-testid="only-diffs" /> Show only what
          differs
        </label>
      </div>
      {chosen.length > 0 && (
        <CompareColumns
          cells={chosen.map((c) => c.cell)}
          iterations={chosen.map((c) => c.iteration)}
          details={details}
          errors={errors}
          onlyDiffs={onlyDiffs}
          onBaseline={(position) => setSelected((sel) => [sel[position]!, ...sel.filter((_, k) => k !== position)])}
          onOpen={(index) => setView({ sampleIndex: index, tab: 'samples', testIndex: 0, step: null })}
        />
      )}
    </div>
  );
}
