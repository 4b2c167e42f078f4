import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { SampleRow } from '../../../../shared/contract';
import type { SamplePages } from '../dataset/list/useSamplePages';
import { rememberScroll, rememberedScroll } from '../dataset/list/listStore';
import { useViewStore } from '../state/viewStore';
import { SampleListRow } from './SampleListRow';
import { useListKeyboard } from '../dataset/list/useListKeyboard';

/**
 * Fixed row height: a million rows are 30 M px, under Chromium's ~33 M px
 * limit for an element's height (taller lists would need offset scaling).
 */
export const ROW_HEIGHT = 30;

interface SampleListProps {
  pages: SamplePages;
  /** Identifies dataset + query + sort: the scroll position is remembered per key. */
  scrollKey: string;
}

/** The virtualized list: only the rows on screen exist in the DOM, pages are fetched as they scroll in. */
export function SampleList({ pages, scrollKey }: SampleListProps) {
  const selected = useViewStore((s) => s.sampleIndex);
  const selectSample = useViewStore((s) => s.selectSample);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: pages.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // Restore the remembered offset once there are rows to scroll over (after a
  // remount the list is empty until its first page arrives).
  const restore = useRef<{ key: string; offset: number } | null>(null);
  useEffect(() => {
    restore.current = { key: scrollKey, offset: rememberedScroll(scrollKey) };
  }, [scrollKey]);
  useEffect(() => {
    const r = restore.current;
    if (!r || r.key !== scrollKey || pages.loadedKey !== scrollKey) return;
    restore.current = null;
    virtualizer.scrollToOffset(Math.min(r.offset, pages.total * ROW_HEIGHT));
  }, [scrollKey, pages.loadedKey, pages.total, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;
  useEffect(() => {
    ensure(first, Math.max(last, first + 40));
  }, [first, last, ensure]);

  const onSelect = useCallback(
    (row: SampleRow, position: number) => {
      lastSelection.current = { index: row.index, position };
      selectSample(row.index);
    },
    [selectSample],
  );
  const lastSelection = useRef<{ index: number; position: number } | null>(null);
  const selectedPosition =
    selected === null ? null : (pages.positionOf(selected) ?? (lastSelection.current?.index === selected ? lastSelection.current.position : null));

  useListKeyboard({ pages, selectedPosition, onSelect, scrollTo: (p) => virtualizer.scrollToIndex(p, { align: 'auto' }) });

  // A selection made elsewhere (deep link, detail pane) is scrolled into view
  // once its row is known — possibly only after its page arrives. Pages that
  // arrive later never scroll again, so reading the list is not interrupted.
  // Coming back to the list (tab switch) restores the remembered offset instead.
  const reveal = useRef<number | null>(null);
  const mounted = useRef(false);
  useEffect(() => {
    const returning = !mounted.current && rememberedScroll(scrollKey) > 0;
    mounted.current = true;
    reveal.current = returning ? null : selected;
    // Only a new selection reveals; the key is read for the first run only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);
  useEffect(() => {
    if (reveal.current === null || selectedPosition === null || reveal.current !== selected) return;
    reveal.current = null;
    virtualizer.scrollToIndex(selectedPosition, { align: 'auto' });
  }, [selected, selectedPosition, pages.version, virtualizer]);

  // A selection beyond the loaded pages (a deep link far down a long list):
  // the engine says where it is, the list scrolls there, its page loads, and
  // the effect above then reveals it. Not in this result at all: nothing to show.
  const { locate } = pages;
  useEffect(() => {
    if (selected === null || reveal.current !== selected || selectedPosition !== null || pages.loadedKey !== scrollKey) return;
    let live = true;
    void locate(selected).then((position) => {
      if (!live || reveal.current !== selected) return;
      if (position === null) reveal.current = null;
      else virtualizer.scrollToIndex(position, { align: 'center' });
    });
    return () => {
      live = false;
    };
  }, [selected, selectedPosition, pages.loadedKey, scrollKey, locate, virtualizer]);

  // The grounding column appears once any row with a rationale has a grounding
  // summary (it is computed in a background pass), and then stays: no columns
  // jumping while scrolling. A dataset without rationales never shows it.
  const grounded = useRef({ key: scrollKey, seen: false });
  if (grounded.current.key !== scrollKey) grounded.current = { key: scrollKey, seen: false };
  if (!grounded.current.seen) grounded.current.seen = items.some((i) => {
      const row = pages.rowAt(i.index);
      return !!row?.grounding && row.rationaleChars > 0;
    });
  const showGrounding = grounded.current.seen;

  return (
    <div className={`sample-list-frame${showGrounding ? '' : ' no-grounding'}`}>
      <div className="sample-row sample-list-header" aria-hidden="true">
        <span>problem</span>
        <span>split it #</span>
        <span title="fix passed its tests">ok</span>
        <span className="sample-chars" title="rationale length in characters">chars</span>
        {showGrounding && <span title="trace-grounding of the rationale">grd</span>}
      </div>
      <div
        ref={scrollRef}
        className="sample-list"
        role="listbox"
        aria-label="Samples"
        // Screen readers follow the selection while focus stays on the list.
        aria-activedescendant={items.some((i) => i.index === selectedPosition) && pages.rowAt(selectedPosition!) ? `sample-option-${selected}` : undefined}
        tabIndex={0}
        data-testid="sample-list"
        onScroll={(e) => {
          // The user scrolled before the remembered position could be applied: theirs wins.
          if (restore.current?.key === scrollKey && pages.loadedKey === scrollKey) restore.current = null;
          rememberScroll(scrollKey, e.currentTarget.scrollTop);
        }}
      >
        <div className="sample-list-inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <SampleListRow
                key={item.index}
                row={row}
                position={item.index}
                selected={row !== undefined && row.index === selected}
                top={item.start}
                height={ROW_HEIGHT}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
