import type { SampleRow } from '../../../../../shared/contract';

/** Pages (0-based) that cover list positions [start, end], clamped to the list length. */
export function pagesForRange(start: number, end: number, pageSize: number, total: number): number[] {
  if (total <= 0 || end < start) return [];
  const first = Math.max(0, Math.floor(start / pageSize));
  const last = Math.min(Math.floor((total - 1) / pageSize), Math.floor(end / pageSize));
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}

/**
 * The rows of the sample list that are in memory: a bounded LRU of pages, so
 * scrolling a million rows never holds more than `maxPages × pageSize` rows.
 * Pages can be marked stale (the index grew while indexing): stale rows keep
 * being shown — no flicker, scroll and selection stay put — until the page is
 * fetched again and replaced.
 */
export class PageCache {
  private pages = new Map<number, { rows: SampleRow[]; stale: boolean }>();

  constructor(
    readonly pageSize = 200,
    readonly maxPages = 40,
  ) {}

  rowAt(position: number): SampleRow | undefined {
    const page = this.pages.get(Math.floor(position / this.pageSize));
    return page?.rows[position % this.pageSize];
  }

  put(page: number, rows: SampleRow[]): void {
    this.pages.delete(page); // re-insert: Map order is the LRU order
    this.pages.set(page, { rows, stale: false });
    this.touch(page);
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next().value as number;
      this.pages.delete(oldest);
    }
  }

  /** Marks a page recently used so eviction spares what is on screen. */
  touch(page: number): void {
    const entry = this.pages.get(page);
    if (!entry) return;
    this.pages.delete(page);
    this.pages.set(page, entry);
  }

  /** Pages that must be fetched to show [start, end]: absent or stale ones, minus those in flight. */
  missing(start: number, end: number, total: number, inFlight: ReadonlySet<number> = new Set()): number[] {
    return pagesForRange(start, end, this.pageSize, total).filter((p) => {
      this.touch(p);
      const entry = this.pages.get(p);
      return (!entry || entry.stale) && !inFlight.has(p);
    });
  }

  markStale(): void {
    for (const entry of this.pages.values()) entry.stale = true;
  }

  /** Drops pages wholly past the end when the list shrank (page 0 stays: an empty answer is an answer). */
  truncate(total: number): void {
    for (const p of [...this.pages.keys()]) if (p > 0 && p * this.pageSize >= total) this.pages.delete(p);
  }

  /** List position of a dataset index among the cached rows, or null if not in memory. */
  positionOf(datasetIndex: number): number | null {
    for (const [page, { rows }] of this.pages) {
      const at = rows.findIndex((r) => r.index === datasetIndex);
      if (at !== -1) return page * this.pageSize + at;
    }
    return null;
  }

  get size(): number {
    return this.pages.size;
  }
}
