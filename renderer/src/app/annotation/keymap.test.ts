import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP, actionFor, describeKey, keymapProblems, optionNumber, withDefaults } from './keymap';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods,
});

describe('annotation keymap', () => {
  it('maps the default keys to their actions', () => {
    expect(actionFor(DEFAULT_KEYMAP, key('j'))).toBe('nextSample');
    expect(actionFor(DEFAULT_KEYMAP, key('Tab'))).toBe('nextDim');
    expect(actionFor(DEFAULT_KEYMAP, key('Tab', { shiftKey: true }))).toBe('prevDim');
    expect(actionFor(DEFAULT_KEYMAP, key('?', { shiftKey: true }))).toBe('help');
    expect(actionFor(DEFAULT_KEYMAP, key('j', { ctrlKey: true }))).toBeNull();
  });
  it('honours a remapped key and drops the old one', () => {
    const map = { ...DEFAULT_KEYMAP, nextSample: 'ArrowRight' };
    expect(actionFor(map, key('ArrowRight'))).toBe('nextSample');
    expect(actionFor(map, key('j'))).toBeNull();
  });
  it('reads digits 1–9 as option numbers only without modifiers', () => {
    expect(optionNumber(key('3'))).toBe(3);
    expect(optionNumber(key('0'))).toBeNull();
    expect(optionNumber(key('3', { ctrlKey: true }))).toBeNull();
  });
  it('reports clashes and digits taken from option choice', () => {
    expect(keymapProblems(DEFAULT_KEYMAP)).toEqual([]);
    expect(keymapProblems({ ...DEFAULT_KEYMAP, prevSample: 'j' }).join()).toMatch(/j is used by both/);
    expect(keymapProblems({ ...DEFAULT_KEYMAP, help: '5' }).join()).toMatch(/5 chooses options/);
  });
  it('describes key presses and fills missing actions from the defaults', () => {
    expect(describeKey(key('s', { ctrlKey: true }))).toBe('Ctrl+s');
    expect(withDefaults({ nextSample: 'l', bogus: 1 })).toEqual({ ...DEFAULT_KEYMAP, nextSample: 'l' });
  });
  it('deletes with Shift+Delete only (a bare Delete or a digit never deletes), and a keymap saved before deletion existed gains its keys', () => {
    expect(actionFor(DEFAULT_KEYMAP, key('Delete', { shiftKey: true }))).toBe('deleteLabel');
    expect(actionFor(DEFAULT_KEYMAP, key('Delete'))).toBeNull();
    expect(actionFor(DEFAULT_KEYMAP, key('z'))).toBe('undoDelete');
    const old = { nextSample: 'j', prevSample: 'k', saveNext: 'Enter', nextDim: 'Tab', prevDim: 'Shift+Tab', clearValue: '0', focusNote: 'n', help: '?' };
    expect(withDefaults(old)).toMatchObject({ deleteLabel: 'Shift+Delete', undoDelete: 'z' });
    expect(actionFor(withDefaults({ ...old, deleteLabel: 'Ctrl+Backspace' }), key('Backspace', { ctrlKey: true }))).toBe('deleteLabel');
  });
});
