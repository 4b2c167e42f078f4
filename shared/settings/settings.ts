import { z } from 'zod';

/** Themes: follow the OS, or a manual override. */
export const themeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

// Each field's limits are written once: the stored settings and a patch must agree on them.
const pythonPathSchema = z.string().max(4096).nullable();
const traceLimits = {
  timeoutMs: z.number().int().min(100).max(600_000),
  maxSteps: z.number().int().min(10).max(10_000_000),
  maxReprChars: z.number().int().min(10).max(1_000_000),
  memoryMB: z.number().int().min(32).max(65_536),
};
const keyBindingsSchema = z.record(z.string().max(100), z.string().max(50));

/**
 * User settings, stored as JSON in the user data folder. Every field has a
 * default, so a partial or older file still loads; a corrupt one falls back to
 * the defaults and the user is told.
 */
export const settingsSchema = z.object({
  /** Python 3 interpreter for the tracer; null = find `python3` on PATH. */
  pythonPath: pythonPathSchema.default(null),
  trace: z
    .object({
      timeoutMs: traceLimits.timeoutMs.default(5000),
      maxSteps: traceLimits.maxSteps.default(10_000),
      maxReprChars: traceLimits.maxReprChars.default(200),
      memoryMB: traceLimits.memoryMB.default(512),
    })
    .prefault({}),
  theme: themeSchema.default('system'),
  /** Action id → key combination (e.g. `annotation.save` → `Enter`); missing ids use the defaults. */
  keyBindings: keyBindingsSchema.default({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

/** What a settings update may carry: any subset, validated the same way. */
export const settingsPatchSchema = z
  .object({
    pythonPath: pythonPathSchema.optional(),
    trace: z.object(traceLimits).partial().strict().optional(),
    theme: themeSchema.optional(),
    keyBindings: keyBindingsSchema.optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({
    ...current,
    ...patch,
    trace: { ...current.trace, ...(patch.trace ?? {}) },
    keyBindings: patch.keyBindings ?? current.keyBindings,
  });
}
