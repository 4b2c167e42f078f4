import { useEffect } from 'react';
import { plural, UNDO_MS, useDeleteUndo } from './deleteUndo';

/** "Label deleted — Undo" for a few seconds after a deletion (and what an undo could not do). */
export function UndoNotice({ undoKey }: { undoKey?: string }) {
  const last = useDeleteUndo((s) => s.last);
  const message = useDeleteUndo((s) => s.message);
  const undo = useDeleteUndo((s) => s.undo);
  const dismiss = useDeleteUndo((s) => s.dismiss);

  useEffect(() => {
    if (!last) return;
    const timer = setTimeout(() => dismiss(last.seq), UNDO_MS);
    return () => clearTimeout(timer);
  }, [last, dismiss]);

  if (!last && !message) return null;
  return (
    <div className="undo-notice" role="status" data-testid="undo-notice">
      {last && (
        <>
          <span>{last.records.length === 1 ? 'Label deleted' : `${plural(last.records.length)} deleted`}</span>
          <button data-testid="undo-delete" onClick={() => void undo()}>
            Undo{undoKey && <kbd>{undoKey}</kbd>}
          </button>
        </>
      )}
      {message && <span className="undo-message">{message}</span>}
      <button className="icon-button" aria-label="Dismiss" onClick={() => dismiss()}>
        ×
      </button>
    </div>
  );
}
