import { create } from 'zustand';
import { NEXT_RUBRIC } from '../../../../shared/annotation/defaultRubric';
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
    set({
      hydrated: true,
      annotator: typeof rows.get('annotator') === 'string' ? (rows.get('annotator') as string) : null,
      rubric: rubric && typeof rubric.id === 'string' && typeof rubric.version === 'number' ? rubric : get().rubric,
      queueId: typeof rows.get('queueId') === 'string' ? (rows.get('queueId') as string) : null,
      unlabelledOnly: rows.get('unlabelledOnly') !== false,
      keymap: withDefaults(rows.get('keymap')),
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
    await save('keymap', keymap);
    set({ keymap });
  },
  setCheatsheet: (cheatsheet) => set({ cheatsheet }),
}));
