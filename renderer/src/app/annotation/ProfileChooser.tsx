import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getLabelsDb } from '../../db';
import { useAnnotationStore } from './annotationStore';

/** Choose who is labelling, or add a new annotator profile. */
export function ProfileChooser({ compact = false }: { compact?: boolean }) {
  const annotator = useAnnotationStore((s) => s.annotator);
  const setAnnotator = useAnnotationStore((s) => s.setAnnotator);
  const profiles = useLiveQuery(() => getLabelsDb().annotators.orderBy('name').toArray(), [], []);
  const [draft, setDraft] = useState('');

  const add = () => {
    if (!draft.trim()) return;
    void setAnnotator(draft);
    setDraft('');
  };

  return (
    <div className={`profile-chooser${compact ? ' compact' : ''}`} data-testid="profile-chooser">
      <label>
        Annotator{' '}
        <select data-testid="annotator-select" value={annotator ?? ''} onChange={(e) => e.target.value && void setAnnotator(e.target.value)}>
          <option value="" disabled>
            choose…
          </option>
          {profiles.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <input
        aria-label="New annotator name"
        data-testid="annotator-new"
        placeholder="new annotator"
        value={draft}
        maxLength={100}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            e.stopPropagation();
            add();
          }
        }}
      />
      <button onClick={add} disabled={!draft.trim()}>
        Add
      </button>
    </div>
  );
}
