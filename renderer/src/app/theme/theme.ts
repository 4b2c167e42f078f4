import { useSyncExternalStore } from 'react';
import { create } from 'zustand';

/** What the user chose; 'system' follows the OS. */
export type ThemeMode = 'system' | 'light' | 'dark';
export type EffectiveTheme = 'light' | 'dark';

const STORAGE_KEY = 'tracelens.theme';
const MODES: readonly ThemeMode[] = ['system', 'light', 'dark'];

interface ThemeStore {
  mode: ThemeMode;
  effective: EffectiveTheme;
  setMode(mode: ThemeMode): void;
}

function readMode(): ThemeMode {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return MODES.includes(stored as ThemeMode) ? (stored as ThemeMode) : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function resolveTheme(mode: ThemeMode, prefersDark: boolean): EffectiveTheme {
  return mode === 'system' ? (prefersDark ? 'dark' : 'light') : mode;
}

/** The theme: base.css switches its variables on `<html data-theme>`, shiki and canvas read `effective`. */
export const useThemeStore = create<ThemeStore>()((set) => {
  const mode = readMode();
  return {
    mode,
    effective: resolveTheme(mode, systemPrefersDark()),
    setMode(next) {
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Storage can be full or disabled; the choice then lasts for this session only.
      }
      set({ mode: next, effective: resolveTheme(next, systemPrefersDark()) });
    },
  };
});

/**
 * Keeps `<html data-theme>` equal to the effective theme and follows OS
 * changes while the mode is 'system'. Call once at start; returns the cleanup.
 */
export function connectTheme(): () => void {
  const apply = () => document.documentElement.setAttribute('data-theme', useThemeStore.getState().effective);
  apply();
  const offStore = useThemeStore.subscribe(apply);
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const onMedia = () => {
    const { mode } = useThemeStore.getState();
    useThemeStore.setState({ effective: resolveTheme(mode, systemPrefersDark()) });
  };
  media?.addEventListener('change', onMedia);
  return () => {
    offStore();
    media?.removeEventListener('change', onMedia);
  };
}

/** The theme in force on <html> (whoever set it: this override or the settings), else the OS preference. */
export function readEffectiveTheme(): EffectiveTheme {
  const attr = document.documentElement.getAttribute('data-theme');
  if (attr === 'dark' || attr === 'light') return attr;
  return systemPrefersDark() ? 'dark' : 'light';
}

function subscribeEffectiveTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  media?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', onChange);
  };
}

/** For code that must pick colours itself (shiki themes): follows `<html data-theme>` and the OS. */
export function useEffectiveTheme(): EffectiveTheme {
  return useSyncExternalStore(subscribeEffectiveTheme, readEffectiveTheme, () => 'light');
}
