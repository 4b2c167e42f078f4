import { useEffect } from 'react';
import { api } from '../../api';
import { appCommands, matchesShortcut } from '../commands/commands';

// In the desktop app the menu owns these accelerators; handling them here too would run them twice.
const MENU_SHORTCUTS = new Set(['Mod+O', 'Mod+Shift+O', 'Mod+K', 'Mod+/', 'Mod+,']);

/** App-wide shortcuts from the command list (the browser host has no menu to provide them). */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.ctrlKey && !e.metaKey && !e.altKey) return; // plain keys belong to the views
      for (const command of appCommands()) {
        if (!command.shortcut) continue;
        if (api.transport === 'electron' && MENU_SHORTCUTS.has(command.shortcut)) continue;
        if (matchesShortcut(e, command.shortcut)) {
          e.preventDefault();
          command.run();
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
