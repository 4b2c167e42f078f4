import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { dimensionOptions, type RubricDimension } from '../../../../shared/annotation/rubric';
import { isTypingTarget } from '../../components/isTypingTarget';
import { useDeleteUndo } from './deleteUndo';
import { actionFor, optionNumber, type Keymap } from './keymap';
import type { LabelEditor } from './useLabelEditor';

interface Options {
  keymap: Keymap;
  dims: RubricDimension[];
  focus: number;
  setFocus(i: number): void;
  editor: LabelEditor;
  hasQueue: boolean;
  cheatsheet: boolean;
  setCheatsheet(open: boolean): void;
  go(step: 1 | -1): void;
  root: RefObject<HTMLDivElement | null>;
  note: RefObject<HTMLTextAreaElement | null>;
}

type KeyEvent = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'>;

/**
 * The annotation keys. Inside the panel every action works. From elsewhere
 * in the window (the sample list has focus after j/k, say) digits, the
 * cheatsheet, clear, note, delete and undo keys still reach the form and
 * bring keyboard focus into it, so an annotator never has to reach for the
 * mouse; Tab and Enter stay with whatever has focus outside the panel.
 */
export function usePanelKeys(o: Options): (e: ReactKeyboardEvent<HTMLDivElement>) => void {
  const latest = useRef(o);
  latest.current = o;

  // Returns true when the key was used.
  const run = (e: KeyEvent, where: 'panel' | 'window'): boolean => {
    const { keymap, dims, focus, setFocus, editor, hasQueue, cheatsheet, setCheatsheet, go, root, note } = latest.current;
    const action = actionFor(keymap, e);
    if (isTypingTarget(e.target)) {
      // In a text box only moving between dimensions and Escape are ours; everything else is typing.
      if (where === 'panel' && (e.key === 'Escape' || action === 'nextDim' || action === 'prevDim')) {
        void editor.flushNote();
        root.current?.focus();
        if (action === 'nextDim') setFocus(0);
        if (action === 'prevDim') setFocus(Math.max(0, dims.length - 1));
        return true;
      }
      return false;
    }
    if (cheatsheet && e.key === 'Escape') {
      setCheatsheet(false);
      return true;
    }
    const n = optionNumber(e);
    const dim = dims[focus];
    if (n !== null) {
      const option = dim ? dimensionOptions(dim)[n - 1] : undefined;
      if (!dim || !option) return false;
      editor.setValue(dim.id, option.value);
      return true;
    }
    if (!action) return false;
    if (where === 'window' && !['help', 'clearValue', 'focusNote', 'deleteLabel', 'undoDelete'].includes(action)) return false;
    switch (action) {
      case 'nextDim':
        // Past the last dimension, Tab moves on to the note.
        if (focus >= dims.length - 1) note.current?.focus();
        else setFocus(focus + 1);
        return true;
      case 'prevDim':
        setFocus(Math.max(0, focus - 1));
        return true;
      case 'clearValue':
        if (dim) editor.setValue(dim.id, null);
        return !!dim;
      case 'focusNote':
        note.current?.focus();
        return true;
      case 'deleteLabel':
        if (!editor.label) return false;
        void editor.remove();
        return true;
      case 'undoDelete':
        if (!useDeleteUndo.getState().last) return false;
        void useDeleteUndo.getState().undo();
        return true;
      case 'help':
        setCheatsheet(!cheatsheet);
        return true;
      case 'saveNext':
        go(1);
        return true;
      case 'nextSample':
      case 'prevSample':
        // Without a queue, j/k belong to the sample list: let the key through.
        if (!hasQueue) return false;
        go(action === 'nextSample' ? 1 : -1);
        return true;
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { root } = latest.current;
      if (e.defaultPrevented || (e.target instanceof Node && root.current?.contains(e.target))) return;
      // A modal dialog owns the keyboard.
      if (document.querySelector('[aria-modal="true"]')) return;
      if (run(e, 'window')) {
        e.preventDefault();
        if (document.activeElement !== latest.current.note.current) root.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (e) => {
    if (run(e.nativeEvent, 'panel')) e.preventDefault();
  };
}
