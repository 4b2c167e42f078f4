import { useThemeStore, type ThemeMode } from './theme';

const LABELS: Record<ThemeMode, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** System / light / dark override, for the top bar. */
export function ThemeToggle() {
  const mode = useThemeStore((s) => s.mode);
  const setMode = useThemeStore((s) => s.setMode);
  return (
    <label className="theme-toggle" title="Colour theme">
      <span className="visually-hidden">Theme</span>
      <select data-testid="theme-select" value={mode} onChange={(e) => setMode(e.target.value as ThemeMode)}>
        {(Object.keys(LABELS) as ThemeMode[]).map((m) => (
          <option key={m} value={m}>
            {LABELS[m]}
          </option>
        ))}
      </select>
    </label>
  );
}
