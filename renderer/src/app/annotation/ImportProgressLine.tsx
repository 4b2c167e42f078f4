import { describeImportProgress, type ImportProgress } from './prepareImport';

/** A bar and a sentence for an import being read, with a way out. */
export function ImportProgressLine({ progress, onCancel }: { progress: ImportProgress; onCancel(): void }) {
  const counted = progress.phase !== 'compare' && progress.total > 0;
  return (
    <div className="labels-row" role="status" data-testid="import-progress">
      {/* No value: an indeterminate bar while the amount of work is not known yet. */}
      <progress max={counted ? progress.total : undefined} value={counted ? progress.done : undefined} aria-label="Import progress" />
      <span>{describeImportProgress(progress)}</span>
      <button data-testid="import-cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
