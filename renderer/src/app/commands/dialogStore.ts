import { create } from 'zustand';

export type DialogId = 'palette' | 'shortcuts' | 'about' | 'settings';

/** Which app-level dialog is open (one at a time). */
export const useDialogStore = create<{ open: DialogId | null; show(id: DialogId): void; close(): void }>()((set) => ({
  open: null,
  show: (id) => set({ open: id }),
  close: () => set({ open: null }),
}));
