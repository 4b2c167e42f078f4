import { Dialog } from '../../components/Dialog';
import { appCommands, formatShortcut } from './commands';
import { viewShortcuts } from './shortcutSheet';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const commands = appCommands().filter((c) => c.shortcut);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcuts-dialog" wide>
      <table className="shortcut-table">
        <tbody>
          {commands.map((c) => (
            <tr key={c.id}>
              <td>{c.group}</td>
              <td>{c.title}</td>
              <td>
                <kbd>{formatShortcut(c.shortcut!)}</kbd>
              </td>
            </tr>
          ))}
          {viewShortcuts.map((s) => (
            <tr key={`${s.area}-${s.keys}`}>
              <td>{s.area}</td>
              <td>{s.action}</td>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
