import { plural, useDeleteUndo } from './deleteUndo';

/** "Label deleted — Undo" while the deletion can be undone (the store ends the offer), and what an undo could not do. */
export function UndoNotice({ undoKey }: { undoKey?: string }) {
  const last = useDeleteUndo((s) => s.last);
  const message = useDeleteUndo((s) => s.message);
  const undo = useDeleteUndo((s) => s.undo);
  const dismiss = useDeleteUndo((s) => s.dismiss);

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
