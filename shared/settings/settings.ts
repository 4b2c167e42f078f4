import { z } from 'zod';

/** Themes: follow the OS, or a manual override. */
export const themeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

/**
 * User settings, stored as JSON in the user data folder. Every field has a
 * default, so a partial or older file still loads; a corrupt one falls back to
 * the defaults and the user is told.
 */
export const settingsSchema = z.object({
  /** Python 3 interpreter for the tracer; null = find `python3` on PATH. */
  pythonPath: z.string().max(4096).nullable().default(null),
  trace: z
    .object({
      timeoutMs: z.number().int().min(100).max(600_000).default(5000),
      maxSteps: z.number().int().min(10).max(10_000_000).default(10_000),
      maxReprChars: z.number().int().min(10).max(1_000_000).default(200),
      memoryMB: z.number().int().min(32).max(65_536).default(512),
    })
    .prefault({}),
  theme: themeSchema.default('system'),
  /** Action id → key combination (e.g. `annotation.save` → `Enter`); missing ids use the defaults. */
  keyBindings: z.record(z.string().max(100), z.string().max(50)).default({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

/** What a settings update may carry: any subset, validated the same way. */
export const settingsPatchSchema = z
  .object({
    pythonPath: z.string().max(4096).nullable().optional(),
    trace: z
      .object({
        timeoutMs: z.number().int().min(100).max(600_000).optional(),
        maxSteps: z.number().int().min(10).max(10_000_000).optional(),
        maxReprChars: z.number().int().min(10).max(1_000_000).optional(),
        memoryMB: z.number().int().min(32).max(65_536).optional(),
      })
      .strict()
      .optional(),
    theme: themeSchema.optional(),
    keyBindings: z.record(z.string().max(100), z.string().max(50)).optional(),
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
