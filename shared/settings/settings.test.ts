import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings, settingsPatchSchema, settingsSchema } from './settings';

describe('settings patches', () => {
  it('change one trace limit and keep the others', () => {
    const patch = settingsPatchSchema.parse({ trace: { maxSteps: 50 } });
    expect(patch).toEqual({ trace: { maxSteps: 50 } });
    expect(applySettingsPatch(defaultSettings, patch).trace).toEqual({ ...defaultSettings.trace, maxSteps: 50 });
  });

  it('are held to the same limits as the stored settings', () => {
    for (const trace of [{ maxSteps: 5 }, { timeoutMs: 10_000_000 }, { memoryMB: 1.5 }]) {
      expect(settingsPatchSchema.safeParse({ trace }).success).toBe(false);
      expect(settingsSchema.safeParse({ trace }).success).toBe(false);
    }
    expect(settingsPatchSchema.safeParse({ trace: { unknownLimit: 1 } }).success).toBe(false);
  });
});
