import { ACTION_LABELS, type AnnotationAction, type Keymap } from './keymap';

/** The `?` overlay: every key of the annotation workflow, as currently mapped. */
export function Cheatsheet({ keymap, onClose }: { keymap: Keymap; onClose(): void }) {
  return (
    <div className="annotation-cheatsheet" role="dialog" aria-label="Annotation keys" data-testid="annotation-cheatsheet">
      <table>
        <tbody>
          <tr>
            <td>
              <kbd>1</kbd>–<kbd>9</kbd>
            </td>
            <td>Choose an option of the current dimension</td>
          </tr>
          {(Object.keys(ACTION_LABELS) as AnnotationAction[]).map((a) => (
            <tr key={a}>
              <td>
                <kbd>{keymap[a]}</kbd>
              </td>
              <td>{ACTION_LABELS[a]}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Escape</kbd>
            </td>
            <td>Leave the note; close this sheet</td>
          </tr>
        </tbody>
      </table>
      <p>Every change is saved at once, to this browser and to the label journal. Keys can be remapped in the Labels tab.</p>
      <button onClick={onClose}>Close</button>
    </div>
  );
}
