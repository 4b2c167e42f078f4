import { useLiveQuery } from 'dexie-react-hooks';
import type { LabelRecord } from '../../../../shared/annotation/label';
import { getLabelsDb } from '../../db';

/** Saved / journal state of the current label: annotators must be able to trust that nothing is lost. */
export function SaveStatus({ label, error }: { label: LabelRecord | undefined; error: string | null }) {
  const pending = useLiveQuery(() => getLabelsDb().outbox.filter((r) => !r.rejected).count(), [], 0);
  if (error) return <span className="save-status error" role="alert">{error}</span>;
  return (
    <span className="save-status" data-testid="annotation-save-status">
      {label ? `Saved ${new Date(label.updatedAt).toLocaleTimeString()}` : 'Not labelled yet'}
      {pending > 0 ? ` · ${pending} change${pending === 1 ? '' : 's'} waiting for the journal` : label ? ' · journalled' : ''}
    </span>
  );
}
