/** Theme tokens from base.css that the canvas layers need as concrete colours. */
export interface TimelineColors {
  bg: string;
  bgSubtle: string;
  fg: string;
  fgMuted: string;
  border: string;
  accent: string;
  accentSubtle: string;
  pass: string;
  fail: string;
  warn: string;
  highlight: string;
}

const TOKENS: Record<keyof TimelineColors, [string, string]> = {
  bg: ['--bg', '#ffffff'],
  bgSubtle: ['--bg-subtle', '#f6f8fa'],
  fg: ['--fg', '#1f2328'],
  fgMuted: ['--fg-muted', '#59636e'],
  border: ['--border', '#d1d9e0'],
  accent: ['--accent', '#0969da'],
  accentSubtle: ['--accent-subtle', '#ddf4ff'],
  pass: ['--pass', '#1a7f37'],
  fail: ['--fail', '#cf222e'],
  warn: ['--warn', '#9a6700'],
  highlight: ['--highlight', '#fff8c5'],
};

/** Reads the CSS variables as seen from `el` (so a themed subtree is honoured); falls back to the light theme. */
export function readThemeColors(el: Element | null): TimelineColors {
  const style = el ? getComputedStyle(el) : null;
  const out = {} as TimelineColors;
  for (const key of Object.keys(TOKENS) as (keyof TimelineColors)[]) {
    const [name, fallback] = TOKENS[key];
    out[key] = style?.getPropertyValue(name).trim() || fallback;
  }
  return out;
}
