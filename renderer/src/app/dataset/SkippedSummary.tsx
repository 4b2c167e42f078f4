import { useState } from 'react';
import { formatCount } from './format';
import { useDatasetStore } from './datasetStore';
import { SkippedLinesDialog } from './SkippedLinesDialog';
import './dataset.css';

/** "3 of 100,000 lines skipped — show them": bad lines are never silent, and never in the way. */
export function SkippedSummary() {
  const summary = useDatasetStore((s) => s.summary);
  const [open, setOpen] = useState(false);
  if (!summary || summary.skipped === 0) return null;
  const lines = Math.max(summary.lines, summary.skipped);
  const text = `${formatCount(summary.skipped)} of ${formatCount(lines)} ${lines === 1 ? 'line' : 'lines'} skipped — show them`;
  return (
    <>
      <button className="skipped-summary" data-testid="skipped-summary" title={text} onClick={() => setOpen(true)}>
        {text}
      </button>
      {open && <SkippedLinesDialog datasetId={summary.id} onClose={() => setOpen(false)} />}
    </>
  );
}
