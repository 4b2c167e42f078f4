import { Dialog } from '../../components/Dialog';
import { SettingsForm } from '../settings/SettingsForm';
import { AboutDialog } from './AboutDialog';
import { CommandPalette } from './CommandPalette';
import { useDialogStore } from './dialogStore';
import { ShortcutsDialog } from './ShortcutsDialog';

/** The app-level dialog that is open, if any. */
export function AppDialogs() {
  const open = useDialogStore((s) => s.open);
  const close = useDialogStore((s) => s.close);
  switch (open) {
    case 'palette':
      return <CommandPalette onClose={close} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
    case 'about':
      return <AboutDialog onClose={close} />;
    case 'settings':
      return (
        <Dialog title="Settings" onClose={close} testId="settings-dialog">
          <SettingsForm />
        </Dialog>
      );
    default:
      return null;
  }
}
