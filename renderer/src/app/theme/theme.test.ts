// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

function mockMedia(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = { matches: dark, addEventListener: (_: string, l: () => void) => listeners.add(l), removeEventListener: (_: string, l: () => void) => listeners.delete(l) };
  window.matchMedia = vi.fn(() => media) as unknown as typeof window.matchMedia;
  return {
    flip(next: boolean) {
      media.matches = next;
      for (const l of listeners) l();
    },
  };
}

describe('theme', () => {
  afterEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('follows the OS in system mode and sets data-theme on <html>', async () => {
    const os = mockMedia(true);
    const { connectTheme } = await import('./theme');
    const off = connectTheme();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    os.flip(false);
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    off();
  });

  it('persists a manual override that wins over the OS', async () => {
    mockMedia(true);
    const first = await import('./theme');
    const off = first.connectTheme();
    first.useThemeStore.getState().setMode('light');
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    off();
    vi.resetModules();
    const second = await import('./theme');
    expect(second.useThemeStore.getState()).toMatchObject({ mode: 'light', effective: 'light' });
  });

  it('reports the theme in force on <html>, whoever set it', async () => {
    mockMedia(false);
    const { readEffectiveTheme } = await import('./theme');
    document.documentElement.removeAttribute('data-theme');
    expect(readEffectiveTheme()).toBe('light');
    document.documentElement.setAttribute('data-theme', 'dark');
    expect(readEffectiveTheme()).toBe('dark');
  });

  it('ignores a corrupt stored value', async () => {
    mockMedia(false);
    localStorage.setItem('tracelens.theme', '"><script>');
    const { useThemeStore } = await import('./theme');
    expect(useThemeStore.getState().mode).toBe('system');
  });
});
