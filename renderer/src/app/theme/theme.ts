import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../../shared/settings/settings';

/**
 * Themes. The choice (system / light / dark) is a setting kept by the backend
 * (`settings.theme`, see `settings/settingsStore.ts`), so every window and the
 * browser host agree; here it is applied to `<html data-theme>`, where
 * base.css switches its variables, and read back by code that picks colours
 * itself (shiki themes, the timeline canvas).
 */
export type ThemeMode = Theme;
export type EffectiveTheme = 'light' | 'dark';

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function resolveTheme(mode: ThemeMode, prefersDark: boolean): EffectiveTheme {
  return mode === 'system' ? (prefersDark ? 'dark' : 'light') : mode;
}

/** Applies a choice: an override sets `data-theme`; `system` removes it so the CSS media query decides. */
export function applyTheme(mode: ThemeMode): void {
  if (mode === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', mode);
}

/** The theme in force: the override on <html>, else the OS preference. */
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
