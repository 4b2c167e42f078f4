import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app/shell/AppShell';
import { SettingsWindow } from './app/settings/SettingsWindow';
import './styles/base.css';

// The desktop app opens settings in a window of its own on the same page.
const isSettingsWindow = new URLSearchParams(window.location.search).get('window') === 'settings';

createRoot(document.getElementById('root')!).render(<StrictMode>{isSettingsWindow ? <SettingsWindow /> : <AppShell />}</StrictMode>);
