/** What a key can do in the annotation panel (option choice is always the digits 1–9). */
export type AnnotationAction =
  | 'nextSample'
  | 'prevSample'
  | 'saveNext'
  | 'nextDim'
  | 'prevDim'
  | 'clearValue'
  | 'focusNote'
  | 'deleteLabel'
  | 'undoDelete'
  | 'help';

export type Keymap = Record<AnnotationAction, string>;

export const DEFAULT_KEYMAP: Keymap = {
  nextSample: 'j',
  prevSample: 'k',
  saveNext: 'Enter',
  nextDim: 'Tab',
  prevDim: 'Shift+Tab',
  clearValue: '0',
  focusNote: 'n',
  // A modifier so that a stray key never deletes; Gmail's z undoes.
  deleteLabel: 'Shift+Delete',
  undoDelete: 'z',
  help: '?',
};

export const ACTION_LABELS: Record<AnnotationAction, string> = {
  nextSample: 'Next sample',
  prevSample: 'Previous sample',
  saveNext: 'Save and go to the next sample',
  nextDim: 'Next dimension',
  prevDim: 'Previous dimension',
  clearValue: 'Clear the value of this dimension',
  focusNote: 'Write the note',
  deleteLabel: 'Delete your label of this sample (offers Undo)',
  undoDelete: 'Undo the deletion',
  help: 'Show this cheatsheet',
};

interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * A key press as text: `Shift+Tab`, `Ctrl+s`, `j`. Shift is written only for
 * named keys, since for printable ones it is already in the character (`?`, `J`).
 */
export function describeKey(e: KeyLike): string {
  const named = e.key.length > 1;
  const mods = [e.ctrlKey && 'Ctrl', e.altKey && 'Alt', e.metaKey && 'Meta', e.shiftKey && named && 'Shift'].filter(Boolean);
  return [...mods, e.key].join('+');
}

export function actionFor(keymap: Keymap, e: KeyLike): AnnotationAction | null {
  const desc = describeKey(e);
  for (const [action, key] of Object.entries(keymap) as [AnnotationAction, string][]) if (key === desc) return action;
  return null;
}

/** The digit 1–9 pressed (option number), or null. */
export function optionNumber(e: KeyLike): number | null {
  if (e.ctrlKey || e.altKey || e.metaKey || !/^[1-9]$/.test(e.key)) return null;
  return Number(e.key);
}

/** Problems with a keymap edit: two actions on one key, or a digit that would shadow option choice. */
export function keymapProblems(keymap: Keymap): string[] {
  const problems: string[] = [];
  const seen = new Map<string, AnnotationAction>();
  for (const [action, key] of Object.entries(keymap) as [AnnotationAction, string][]) {
    if (!key) problems.push(`${ACTION_LABELS[action]} has no key`);
    else if (/^[1-9]$/.test(key)) problems.push(`${key} chooses options and cannot be used for "${ACTION_LABELS[action]}"`);
    const other = seen.get(key);
    if (other) problems.push(`${key} is used by both "${ACTION_LABELS[other]}" and "${ACTION_LABELS[action]}"`);
    seen.set(key, action);
  }
  return problems;
}

/** A stored keymap merged over the defaults, so an action added later still has a key. */
export function withDefaults(stored: unknown): Keymap {
  const out = { ...DEFAULT_KEYMAP };
  if (stored && typeof stored === 'object') {
    for (const action of Object.keys(DEFAULT_KEYMAP) as AnnotationAction[]) {
      const v = (stored as Record<string, unknown>)[action];
      if (typeof v === 'string' && v) out[action] = v;
    }
  }
  return out;
}
