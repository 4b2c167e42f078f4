import type { IndexProgress } from '../../../../shared/contract';
import { describeProgress, formatCount, phaseLabel, progressParts, progressPercent } from './format';
import { useDatasetStore } from './datasetStore';
import './dataset.css';

/**
 * The indexing bar in the top bar: bytes done, MB/s, records and time left, from `dataset:progress`;
 * before indexing it shows a .jsonl.gz being decompressed (or a JSON array converted) the same way,
 * with the records already indexed from the decompressed part (they can be browsed meanwhile).
 */
export function IndexingProgress() {
  const summary = useDatasetStore((s) => s.summary);
  if (!summary) return null;
  if (summary.state === 'error') {
    return (
      <span className="error-text index-error" role="alert" data-testid="index-error">
        Indexing failed: {summary.error ?? 'unknown error'}
      </span>
    );
  }
  if (summary.state !== 'indexing') {
    return (
      <span className="muted index-done" data-testid="index-done" title={summary.fromCache ? 'Index loaded from the cache' : undefined}>
        {formatCount(summary.records)} samples
      </span>
    );
  }
  const p = summary.progress;
  const percent = p ? progressPercent(p) : null;
  return (
    <span className="index-progress" data-phase={p?.phase ?? 'indexing'}>
      <span
        className="progress-track"
        role="progressbar"
        aria-label={phaseLabel(p)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        data-testid="progress-bar"
      >
        <span className={`progress-fill${percent === null ? ' progress-indeterminate' : ''}`} style={{ width: `${percent ?? 30}%` }} />
      </span>
      <span className="progress-text" data-testid="progress-text" title={p ? describeProgress(p) : undefined}>
        {p ? <ProgressText p={p} /> : 'Indexing…'}
      </span>
    </span>
  );
}

/**
 * In a narrow bar the file name gives way (ellipsis) first, then the count of
 * records ready; the phase, percentage, rate and time left stay whole.
 */
function ProgressText({ p }: { p: IndexProgress }) {
  const { phase, file, figures, ready } = progressParts(p);
  if (!phase) return <>{figures}</>;
  return (
    <>
      <span className="progress-fixed">{phase}</span>
      {file && <span className="progress-file">{` ${file}`}</span>}
      <span className="progress-fixed">{` — ${figures}`}</span>
      {ready && <span className="progress-ready">{` · ${ready}`}</span>}
    </>
  );
}
