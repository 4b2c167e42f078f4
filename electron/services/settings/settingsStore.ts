import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySettingsPatch, defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../../shared/settings/settings';

export interface LoadedSettings {
  settings: Settings;
  /** Set when the file was corrupt or invalid and the defaults were used instead. */
  warning: string | null;
}

/**
 * Settings in `<userData>/settings.json`, validated on load. A corrupt file is
 * kept aside as `settings.json.corrupt` (never silently overwritten) and the
 * defaults are used; writes go through a temporary file and a rename so a
 * crash never leaves half a file.
 */
export class SettingsStore {
  private current: Settings;
  readonly warning: string | null;
  private listeners = new Set<(s: Settings) => void>();

  constructor(private readonly dir: string) {
    const loaded = loadSettings(dir);
    this.current = loaded.settings;
    this.warning = loaded.warning;
  }

  get(): Settings {
    return this.current;
  }

  update(patch: SettingsPatch): Settings {
    this.current = applySettingsPatch(this.current, patch);
    const file = join(this.dir, 'settings.json');
    writeFileSync(`${file}.tmp`, JSON.stringify(this.current, null, 2));
    renameSync(`${file}.tmp`, file);
    for (const l of this.listeners) l(this.current);
    return this.current;
  }

  onChange(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function loadSettings(dir: string): LoadedSettings {
  const file = join(dir, 'settings.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { settings: defaultSettings, warning: null }; // first launch
  }
  let reason: string;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { settings: parsed.data, warning: null };
    reason = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  } catch (err) {
    reason = `not valid JSON (${(err as Error).message})`;
  }
  try {
    renameSync(file, `${file}.corrupt`);
  } catch {
    // Keeping the copy is a courtesy; the defaults load either way.
  }
  return {
    settings: defaultSettings,
    warning: `Settings file ${file} was invalid (${reason}); using defaults. The old file was kept as settings.json.corrupt.`,
  };
}
