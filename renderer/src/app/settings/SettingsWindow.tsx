import { useEffect } from 'react';
import { SettingsForm } from './SettingsForm';
import { connectSettingsEvents, useTheme } from './settingsStore';
import { applyTheme } from '../theme/theme';

/** The desktop app's settings window (`index.html?window=settings`). */
export function SettingsWindow() {
  const theme = useTheme();
  useEffect(() => connectSettingsEvents(), []);
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <div className="settings-window">
      <h1>Settings</h1>
      <SettingsForm />
    </div>
  );
}
