import { useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { appCommands, formatShortcut, type AppCommand } from './commands';
import './commands.css';

/** Case-insensitive subsequence match, so "odf" finds "Open dataset folder". */
export function fuzzyMatch(query: string, text: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const t = text.toLowerCase();
  let i = 0;
  for (const ch of t) if (ch === q[i]) i++;
  return i === q.length;
}

/** Ctrl/Cmd-K: every action with its shortcut, filtered as you type; Enter runs it. */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const commands = useMemo(() => appCommands(), []);
  const shown = commands.filter((c) => fuzzyMatch(query, `${c.group} ${c.title}`));

  const run = (command: AppCommand | undefined) => {
    if (!command) return;
    onClose();
    command.run();
  };

  return (
    <Dialog title="Command palette" onClose={onClose} testId="command-palette">
      <input
        autoFocus
        className="palette-input"
        placeholder="Type a command…"
        aria-label="Command"
        value={query}
        data-testid="palette-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') run(shown[active]);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="palette-list" role="listbox" aria-label="Commands">
        {shown.map((c, i) => (
          <li
            key={c.id}
            role="option"
            aria-selected={i === active}
            className="palette-item"
            onMouseEnter={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span className="palette-group">{c.group}</span>
            <span className="palette-title">{c.title}</span>
            {c.shortcut && <kbd>{formatShortcut(c.shortcut)}</kbd>}
          </li>
        ))}
        {shown.length === 0 && <li className="palette-empty">No command matches “{query}”.</li>}
      </ul>
    </Dialog>
  );
}
