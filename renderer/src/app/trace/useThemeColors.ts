import { useEffect, useState, type RefObject } from 'react';
import { readThemeColors, type TimelineColors } from './themeColors';

/**
 * Theme colours for canvas drawing, re-read when the theme changes: the user
 * override (`data-theme`/`class`/`style` on <html>) or the OS preference.
 */
export function useThemeColors(ref: RefObject<Element | null>): TimelineColors {
  const [colors, setColors] = useState<TimelineColors>(() => readThemeColors(null));
  useEffect(() => {
    const update = () => setColors(readThemeColors(ref.current));
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', update);
    };
  }, [ref]);
  return colors;
}
