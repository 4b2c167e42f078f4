import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './components.css';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the bottom right (the close button is always there). */
  actions?: ReactNode;
  testId?: string;
  wide?: boolean;
}

/**
 * A modal dialog: Escape or a click on the backdrop closes it, focus moves
 * into it and goes back where it was on close. Rendered in a portal so a
 * clipped or scrolled parent cannot hide it.
 */
export function Dialog({ title, onClose, children, actions, testId, wide }: DialogProps) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // Where the focus was before the dialog opened, captured on the first render
  // (before any field inside can take it), so closing gives it back there.
  const previousFocus = useRef<HTMLElement | null>(null);
  if (previousFocus.current === null && typeof document !== 'undefined') previousFocus.current = document.activeElement as HTMLElement | null;

  useEffect(() => {
    const previous = previousFocus.current;
    // A field inside may have taken the focus already (autoFocus runs first): keep it there.
    if (!box.current?.contains(document.activeElement)) box.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onCloseRef.current();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      previous?.focus?.();
    };
  }, []);

  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        className={`dialog${wide ? ' dialog-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={testId}
      >
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="dialog-body">{children}</div>
        <footer className="dialog-actions">
          {actions}
          <button onClick={onClose}>Close</button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}
