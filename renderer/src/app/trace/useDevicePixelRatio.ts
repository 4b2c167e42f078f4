import { useEffect, useState } from 'react';

/**
 * window.devicePixelRatio, updated when it changes (window dragged to another
 * monitor, browser zoom), so the canvases redraw crisp at the new density.
 */
export function useDevicePixelRatio(): number {
  const [dpr, setDpr] = useState(() => (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    // A resolution query only matches the current density, so re-arm it after each change.
    const media = window.matchMedia(`(resolution: ${dpr}dppx)`);
    const update = () => setDpr(window.devicePixelRatio || 1);
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, [dpr]);
  return dpr;
}
