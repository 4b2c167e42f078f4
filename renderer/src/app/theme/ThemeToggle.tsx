import type { ThemeMode } from './theme';
import { useSettingsStore, useTheme } from '../settings/settingsStore';

const LABELS: Record<ThemeMode, string> = { system: 'System theme', light: 'Light', dark: 'Dark' };

/** System / light / dark override in the top bar; saved in the settings like the menu's View ▸ Theme. */
export function ThemeToggle() {
  const mode = useTheme();
  const update = useSettingsStore((s) => s.update);
  return (
    <label className="theme-toggle" title="Colour theme">
      <span className="visually-hidden">Theme</span>
      <select data-testid="theme-select" value={mode} onChange={(e) => void update({ theme: e.target.value as ThemeMode })}>
        {(Object.keys(LABELS) as ThemeMode[]).map((m) => (
          <option key={m} value={m}>
            {LABELS[m]}
          </option>
        ))}
      </select>
    </label>
  );
}
