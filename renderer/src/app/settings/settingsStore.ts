import { create } from 'zustand';
import type { SettingsState } from '../../../../shared/contract';
import type { SettingsPatch, Theme } from '../../../../shared/settings/settings';
import { api } from '../../api';

interface SettingsStore {
  state: SettingsState | null;
  error: string | null;
  load(): Promise<void>;
  update(patch: SettingsPatch): Promise<void>;
}

/**
 * Settings live in the backend (a validated JSON file in the user data
 * folder), so the desktop windows and the browser host share them;
 * `settings:changed` keeps every window current.
 */
export const useSettingsStore = create<SettingsStore>()((set) => ({
  state: null,
  error: null,
  async load() {
    try {
      set({ state: await api.request('settings:get', {}), error: null });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
  async update(patch) {
    try {
      set({ state: await api.request('settings:set', { patch }), error: null });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
}));

export function connectSettingsEvents(): () => void {
  void useSettingsStore.getState().load();
  return api.on('settings:changed', (state) => useSettingsStore.setState({ state }));
}

export function useTheme(): Theme {
  return useSettingsStore((s) => s.state?.settings.theme ?? 'system');
}
