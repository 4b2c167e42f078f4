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
  /** Controlled mode: whether the panel shows, and who to tell when it should change. */
  open?: boolean;
  onOpenChange?(open: boolean): void;
}

/**
 * A button that shows a floating panel below it; a click outside or Escape
 * closes it. Non-modal: for menus, help and small forms.
 */
export function Popover({ label, ariaLabel, children, testId, align = 'start', className, open: controlled, onOpenChange }: PopoverProps) {
  const [uncontrolled, setUncontrolled] = useState(false);
  const open = controlled ?? uncontrolled;
  const setOpenRef = useRef((next: boolean) => (onOpenChange ? onOpenChange(next) : setUncontrolled(next)));
  setOpenRef.current = (next: boolean) => (onOpenChange ? onOpenChange(next) : setUncontrolled(next));
  const setOpen = (next: boolean) => setOpenRef.current(next);
  const root = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpenRef.current(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpenRef.current(false);
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
      <button aria-label={ariaLabel} aria-expanded={open} data-testid={testId} onClick={() => setOpen(!open)}>
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
