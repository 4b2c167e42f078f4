import { create } from 'zustand';
import type { sortFields } from '../../../../../shared/contract';

export type SortField = (typeof sortFields)[number];
export interface ListSort {
  field: SortField;
  dir: 'asc' | 'desc';
}

/** Dataset order: the engine's default, and what the menu shows first. */
export const defaultSort: ListSort = { field: 'index', dir: 'asc' };

interface ListStore {
  sort: ListSort;
  setSort(sort: ListSort): void;
}

/** Sample-list preferences that are not part of a deep link (sorting). */
export const useListStore = create<ListStore>()((set) => ({
  sort: defaultSort,
  setSort: (sort) => set({ sort }),
}));

// Scroll offsets per (dataset, query, sort): a plain map, because writing it on
// every scroll event must not re-render anything.
const scrollOffsets = new Map<string, number>();
const MAX_REMEMBERED = 50;

export function listKey(datasetId: string | null, query: string, sort: ListSort): string {
  return JSON.stringify([datasetId, query.trim(), sort.field, sort.dir]);
}

export function rememberScroll(key: string, offset: number): void {
  scrollOffsets.delete(key);
  scrollOffsets.set(key, offset);
  if (scrollOffsets.size > MAX_REMEMBERED) scrollOffsets.delete(scrollOffsets.keys().next().value as string);
}

export function rememberedScroll(key: string): number {
  return scrollOffsets.get(key) ?? 0;
}

/** Forgets every remembered position (tests; a dataset closed for good). */
export function forgetScrollPositions(): void {
  scrollOffsets.clear();
}
