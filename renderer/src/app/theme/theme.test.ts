// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { applyTheme, readEffectiveTheme, resolveTheme } from './theme';

function mockMedia(dark: boolean) {
  window.matchMedia = vi.fn(() => ({ matches: dark, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
}

describe('theme', () => {
  it('follows the OS in system mode', () => {
    mockMedia(true);
    applyTheme('system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(readEffectiveTheme()).toBe('dark');
    mockMedia(false);
    expect(readEffectiveTheme()).toBe('light');
  });

  it('lets a manual override win over the OS', () => {
    mockMedia(true);
    applyTheme('light');
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(readEffectiveTheme()).toBe('light');
    applyTheme('dark');
    expect(readEffectiveTheme()).toBe('dark');
  });

  it('resolves a mode against the OS preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });
});
