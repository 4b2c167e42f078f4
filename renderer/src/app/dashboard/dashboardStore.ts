import { create } from 'zustand';

/** The dashboard's filter (a sample-list query applied to every figure), kept across tab visits. */
export const useDashboardStore = create<{ filter: string; setFilter(filter: string): void }>()((set) => ({
  filter: '',
  setFilter: (filter) => set({ filter: filter.trim() }),
}));
