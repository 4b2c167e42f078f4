import { useState } from 'react';
import { useAnnotationStore } from './annotationStore';
import { ACTION_LABELS, DEFAULT_KEYMAP, describeKey, keymapProblems, type AnnotationAction } from './keymap';

/** Remap the annotation keys: click an action, press the new key. Saved at once when the map stays valid. */
export function KeymapEditor() {
  const keymap = useAnnotationStore((s) => s.keymap);
  const setKeymap = useAnnotationStore((s) => s.setKeymap);
  const [listening, setListening] = useState<AnnotationAction | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const assign = (action: AnnotationAction, key: string) => {
    const next = { ...keymap, [action]: key };
    const found = keymapProblems(next);
    setProblems(found);
    if (found.length === 0) void setKeymap(next);
    setListening(null);
  };

  return (
    <section className="labels-section" data-testid="keymap-editor">
      <h2>Keys</h2>
      <table className="labels-table">
        <tbody>
          {(Object.keys(ACTION_LABELS) as AnnotationAction[]).map((a) => (
            <tr key={a}>
              <td>{ACTION_LABELS[a]}</td>
              <td>
                <button
                  data-testid={`keymap-${a}`}
                  onClick={() => setListening(a)}
                  onKeyDown={(e) => {
                    if (listening !== a || ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
                    e.preventDefault();
                    e.stopPropagation();
                    if (e.key === 'Escape') setListening(null);
                    else assign(a, describeKey(e));
                  }}
                >
                  {listening === a ? 'press a key…' : <kbd>{keymap[a]}</kbd>}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <ul className="error-list">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button onClick={() => (setProblems([]), void setKeymap(DEFAULT_KEYMAP))}>Restore default keys</button>
    </section>
  );
}
