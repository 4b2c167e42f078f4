import { useEffect, useState } from 'react';
import './compare.css';
import { useDatasetStore } from '../dataset/datasetStore';
import { useViewStore } from '../state/viewStore';
import { FlipFinder } from './FlipFinder';
import { ProblemPanel } from './ProblemPanel';
import type { LabelStatus } from './ProblemGrid';
import { useLabelStatus } from './useLabelStatus';
import type { SampleKey } from '../../../../shared/dataset/types';

interface ProblemViewProps {
  /** Overrides the label status read from the labels database (tests, embedding). */
  labelStatus?: (key: SampleKey) => LabelStatus;
}

/** The Problem tab: the flip finder beside one problem's iterations × samples grid and the side-by-side comparison. */
export function ProblemView({ labelStatus }: ProblemViewProps = {}) {
  const datasetId = useViewStore((s) => s.datasetId);
  const problemId = useViewStore((s) => s.problemId);
  const setView = useViewStore((s) => s.set);
  const summary = useDatasetStore((s) => s.summary);
  const iterations = (summary?.facets.iterations ?? []).map((f) => f.value).sort((a, b) => a - b);
  const splits = (summary?.facets.splits ?? []).map((f) => f.value);
  const storedStatus = useLabelStatus(datasetId);
  const [draft, setDraft] = useState(problemId ?? '');
  useEffect(() => setDraft(problemId ?? ''), [problemId]);

  if (!datasetId) return <div className="placeholder">Open a dataset to compare iterations.</div>;
  return (
    <div className="problem-view" data-testid="problem-view">
      <aside className="problem-side">
        <FlipFinder
          datasetId={datasetId}
          iterations={iterations}
          splits={splits}
          activeProblem={problemId}
          onOpen={(id) => setView({ problemId: id })}
        />
      </aside>
      <div className="problem-main">
        <form
          className="problem-picker"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) setView({ problemId: draft.trim() });
          }}
        >
          <label>
            Problem <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="problem id, e.g. mbpp/12" data-testid="problem-input" />
          </label>
          <button type="submit">Open</button>
        </form>
        {problemId ? (
          <ProblemPanel datasetId={datasetId} problemId={problemId} labelStatus={labelStatus ?? storedStatus} />
        ) : (
          <p className="muted">Pick a problem in the flip finder, or type its id.</p>
        )}
      </div>
    </div>
  );
}
