import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/settings/settings';
import { KeymapEditor } from '../annotation/KeymapEditor';
import { useAnnotationStore } from '../annotation/annotationStore';
import { useSettingsStore } from './settingsStore';
import './settings.css';

type TraceKey = keyof Settings['trace'];
const traceFields: { key: TraceKey; label: string; unit: string }[] = [
  { key: 'timeoutMs', label: 'Time limit per run', unit: 'ms' },
  { key: 'maxSteps', label: 'Step cap', unit: 'events' },
  { key: 'maxReprChars', label: 'Longest value shown', unit: 'characters' },
  { key: 'memoryMB', label: 'Memory limit', unit: 'MB' },
];

/** Python interpreter, trace limits and theme; saved to the user data folder on every valid change. */
export function SettingsForm() {
  const state = useSettingsStore((s) => s.state);
  const error = useSettingsStore((s) => s.error);
  const update = useSettingsStore((s) => s.update);
  const [python, setPython] = useState('');
  useEffect(() => setPython(state?.settings.pythonPath ?? ''), [state?.settings.pythonPath]);
  // The key-binding editor reads the annotation preferences (the settings window has not loaded them yet).
  useEffect(() => void useAnnotationStore.getState().hydrate(), []);
  if (!state) return <p className="settings-loading">Loading settings…</p>;
  const { settings, warning } = state;
  return (
    <form className="settings-form" data-testid="settings-form" onSubmit={(e) => e.preventDefault()}>
      {warning && (
        <p className="settings-warning" role="alert">
          {warning}
        </p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <fieldset>
        <legend>Python</legend>
        <label>
          Interpreter for the tracer
          <input
            value={python}
            placeholder="python3 (found on PATH)"
            data-testid="settings-python"
            onChange={(e) => setPython(e.target.value)}
            onBlur={() => void update({ pythonPath: python.trim() === '' ? null : python.trim() })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Trace limits</legend>
        {traceFields.map((f) => (
          <label key={f.key}>
            {f.label} ({f.unit})
            <input
              type="number"
              min={1}
              defaultValue={settings.trace[f.key]}
              data-testid={`settings-trace-${f.key}`}
              onBlur={(e) => {
                const value = Number(e.target.value);
                if (Number.isInteger(value) && value !== settings.trace[f.key]) void update({ trace: { [f.key]: value } });
              }}
            />
          </label>
        ))}
      </fieldset>
      <fieldset data-testid="settings-keys">
        <legend>Annotation keys</legend>
        <KeymapEditor />
      </fieldset>
      <fieldset>
        <legend>Appearance</legend>
        <label>
          Theme
          <select value={settings.theme} data-testid="settings-theme" onChange={(e) => void update({ theme: e.target.value as Settings['theme'] })}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </fieldset>
    </form>
  );
}
