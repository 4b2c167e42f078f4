import { useEffect, useRef } from 'react';
import type { SampleRow } from '../../../../../shared/contract';
import { isTypingTarget } from '../../../components/isTypingTarget';
import type { SamplePages } from './useSamplePages';

/** The list position a key moves to, or null for keys that do not move. */
export function nextPosition(key: string, current: number | null, total: number): number | null {
  const delta = key === 'j' || key === 'ArrowDown' ? 1 : key === 'k' || key === 'ArrowUp' ? -1 : 0;
  if (delta === 0 || total === 0) return null;
  if (current === null) return delta > 0 ? 0 : total - 1;
  return Math.min(total - 1, Math.max(0, current + delta));
}

interface Options {
  pages: SamplePages;
  selectedPosition: number | null;
  onSelect(row: SampleRow, position: number): void;
  scrollTo(position: number): void;
}

/**
 * `j`/`k` and ↓/↑ move the selection through the list from anywhere in the
 * window except text fields. Moving onto a row whose page is not loaded yet
 * fetches it and selects the row when it arrives.
 */
export function useListKeyboard({ pages, selectedPosition, onSelect, scrollTo }: Options): void {
  const latest = useRef({ pages, selectedPosition, onSelect, scrollTo });
  latest.current = { pages, selectedPosition, onSelect, scrollTo };
  const pending = useRef<number | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      // A modal dialog (skipped lines, mapping, settings) owns the keyboard: its arrows scroll it.
      if (document.querySelector('[aria-modal="true"]')) return;
      const { pages: p, selectedPosition: at, onSelect: select, scrollTo: scroll } = latest.current;
      // A pending move counts as the current position, so held keys keep going.
      const next = nextPosition(e.key, pending.current ?? at, p.total);
      if (next === null) return;
      e.preventDefault();
      scroll(next);
      const row = p.rowAt(next);
      if (row) {
        pending.current = null;
        select(row, next);
      } else {
        pending.current = next;
        p.ensure(next, next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Rows arrived: complete a move that was waiting for its page.
  useEffect(() => {
    const at = pending.current;
    if (at === null) return;
    const row = pages.rowAt(at);
    if (row) {
      pending.current = null;
      onSelect(row, at);
    }
  }, [pages, pages.version, onSelect]);
}
