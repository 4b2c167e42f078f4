import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/settings';
import { SettingsStore } from './settingsStore';

const freshDir = () => mkdtempSync(join(tmpdir(), 'tl-settings-'));

describe('SettingsStore', () => {
  it('starts from the defaults and persists updates', () => {
    const dir = freshDir();
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.warning).toBeNull();
    store.update({ pythonPath: '/opt/py/bin/python3', trace: { timeoutMs: 2000 }, theme: 'dark' });
    const again = new SettingsStore(dir);
    expect(again.get().pythonPath).toBe('/opt/py/bin/python3');
    expect(again.get().trace).toEqual({ ...defaultSettings.trace, timeoutMs: 2000 });
    expect(again.get().theme).toBe('dark');
  });

  it('falls back to defaults on a corrupt file, says so, and keeps the file aside', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), '{"theme": "dark", "trace": {');
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.warning).toMatch(/invalid .*not valid JSON.*using defaults/);
    expect(readFileSync(join(dir, 'settings.json.corrupt'), 'utf8')).toContain('"theme": "dark"');
  });

  it('rejects values of the wrong type or out of range as invalid', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ theme: 'purple', trace: { timeoutMs: -5 } }));
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.warning).toMatch(/theme/);
    expect(store.warning).toMatch(/trace\.timeoutMs/);
  });

  it('loads an older, partial file by filling in defaults', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ theme: 'light' }));
    const store = new SettingsStore(dir);
    expect(store.warning).toBeNull();
    expect(store.get()).toEqual({ ...defaultSettings, theme: 'light' });
    expect(existsSync(join(dir, 'settings.json.corrupt'))).toBe(false);
  });
});
