import { useEffect, useRef, useState, type ReactNode } from 'react';
import './components.css';

interface PopoverProps {
  /** The trigger's content and accessible name. */
  label: ReactNode;
  ariaLabel?: string;
  children: ReactNode | ((close: () => void) => ReactNode);
  testId?: string;
  align?: 'start' | 'end';
  className?: string;
}

/**
 * A button that shows a floating panel below it; a click outside or Escape
 * closes it. Non-modal: for menus, help and small forms.
 */
export function Popover({ label, ariaLabel, children, testId, align = 'start', className }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = () => setOpen(false);
  return (
    <span ref={root} className={`popover-root ${className ?? ''}`}>
      <button aria-label={ariaLabel} aria-expanded={open} data-testid={testId} onClick={() => setOpen((o) => !o)}>
        {label}
      </button>
      {open && (
        <div className={`popover popover-${align}`} role="dialog" aria-label={ariaLabel}>
          {typeof children === 'function' ? children(close) : children}
        </div>
      )}
    </span>
  );
}
