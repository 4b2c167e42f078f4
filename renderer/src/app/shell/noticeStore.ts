import { create } from 'zustand';
import type { AppNotice } from '../../../../shared/contract';

interface Notice extends AppNotice {
  id: number;
}

let nextId = 1;

/** Messages for the user (backend notices, drop errors); each stays until dismissed or replaced. */
export const useNoticeStore = create<{ notices: Notice[]; push(n: AppNotice): void; dismiss(id: number): void }>()((set) => ({
  notices: [],
  push: (n) => set((s) => ({ notices: [...s.notices.slice(-3), { ...n, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
