import { create } from 'zustand';
import { NEXT_RUBRIC } from '../../../../shared/annotation/defaultRubric';
import { api } from '../../api';
import { getLabelsDb } from '../../db';
import { DEFAULT_KEYMAP, withDefaults, type Keymap } from './keymap';

export interface RubricRef {
  id: string;
  version: number;
}

interface AnnotationSettings {
  hydrated: boolean;
  /** Who is labelling; null until a profile is chosen (labels cannot be saved without one). */
  annotator: string | null;
  rubric: RubricRef;
  /** Active queue, or null to follow the sample list. */
  queueId: string | null;
  unlabelledOnly: boolean;
  keymap: Keymap;
  /** The cheatsheet overlay is open. */
  cheatsheet: boolean;
}

interface AnnotationActions {
  hydrate(): Promise<void>;
  setAnnotator(name: string): Promise<void>;
  setRubric(ref: RubricRef): Promise<void>;
  setQueue(id: string | null): Promise<void>;
  setUnlabelledOnly(on: boolean): Promise<void>;
  setKeymap(keymap: Keymap): Promise<void>;
  setCheatsheet(open: boolean): void;
}

const save = (key: string, value: unknown) => getLabelsDb().settings.put({ key, value });

/**
 * Key bindings are a user setting (`settings.keyBindings`, a file in the user
 * data folder shared by every window and the browser host); the labels
 * database keeps a copy from before they moved there, used when the backend
 * has none.
 */
async function storedKeyBindings(): Promise<Record<string, string> | null> {
  try {
    const { settings } = await api.request('settings:get', {});
    return Object.keys(settings.keyBindings).length > 0 ? settings.keyBindings : null;
  } catch {
    return null; // backend unreachable: the local copy serves
  }
}

let followingSettings = false;

/** Annotation preferences, persisted in the labels database so they survive restarts. */
export const useAnnotationStore = create<AnnotationSettings & AnnotationActions>()((set, get) => ({
  hydrated: false,
  annotator: null,
  rubric: { id: NEXT_RUBRIC.id, version: NEXT_RUBRIC.version },
  queueId: null,
  unlabelledOnly: true,
  keymap: DEFAULT_KEYMAP,
  cheatsheet: false,

  async hydrate() {
    if (get().hydrated) return;
    const db = getLabelsDb();
    // The default rubric always exists, so labels made with it can always be shown and imported.
    if (!(await db.rubrics.get([NEXT_RUBRIC.id, NEXT_RUBRIC.version]))) {
      await db.rubrics.put({ ...NEXT_RUBRIC, savedAt: new Date().toISOString() });
    }
    const rows = new Map((await db.settings.toArray()).map((r) => [r.key, r.value]));
    const rubric = rows.get('rubric') as RubricRef | undefined;
    const bindings = await storedKeyBindings();
    if (!followingSettings) {
      // A remap made in the settings window (or another window) applies here at once.
      followingSettings = true;
      api.on('settings:changed', ({ settings }) => set({ keymap: withDefaults(settings.keyBindings) }));
    }
    set({
      hydrated: true,
      annotator: typeof rows.get('annotator') === 'string' ? (rows.get('annotator') as string) : null,
      rubric: rubric && typeof rubric.id === 'string' && typeof rubric.version === 'number' ? rubric : get().rubric,
      queueId: typeof rows.get('queueId') === 'string' ? (rows.get('queueId') as string) : null,
      unlabelledOnly: rows.get('unlabelledOnly') !== false,
      keymap: withDefaults(bindings ?? rows.get('keymap')),
    });
  },
  async setAnnotator(name) {
    const trimmed = name.trim();
    if (!trimmed) return;
    const db = getLabelsDb();
    if (!(await db.annotators.get(trimmed))) await db.annotators.put({ name: trimmed, createdAt: new Date().toISOString() });
    await save('annotator', trimmed);
    set({ annotator: trimmed });
  },
  async setRubric(rubric) {
    await save('rubric', rubric);
    set({ rubric });
  },
  async setQueue(queueId) {
    await save('queueId', queueId);
    set({ queueId });
  },
  async setUnlabelledOnly(unlabelledOnly) {
    await save('unlabelledOnly', unlabelledOnly);
    set({ unlabelledOnly });
  },
  async setKeymap(keymap) {
    set({ keymap });
    await save('keymap', keymap);
    await api.request('settings:set', { patch: { keyBindings: keymap } }).catch(() => undefined);
  },
  setCheatsheet: (cheatsheet) => set({ cheatsheet }),
}));
