import { useEffect, useState } from 'react';
import { requestPersistence, type PersistState } from '../../db';
import { useBlindModeStore } from './blindMode';
import { ProfileChooser } from './ProfileChooser';

const persistText: Record<PersistState, string> = {
  persisted: 'Browser storage is persistent (not evicted under storage pressure).',
  'not-persisted': 'The browser did not grant persistent storage; the label journal still keeps every label.',
  unsupported: 'This browser cannot make storage persistent; the label journal still keeps every label.',
};

/** Who is labelling, blind mode, and whether the browser keeps the database. */
export function ProfileSection() {
  const blind = useBlindModeStore((s) => s.blind);
  const setBlind = useBlindModeStore((s) => s.setBlind);
  const [persist, setPersist] = useState<PersistState | null>(null);
  useEffect(() => {
    void requestPersistence().then(setPersist);
  }, []);
  return (
    <section className="labels-section" data-testid="profile-section">
      <h2>Annotator</h2>
      <ProfileChooser />
      <label className="labels-row">
        <input type="checkbox" data-testid="blind-mode" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
        Blind mode: hide model, iteration, pass/fail and grounding results while labelling
      </label>
      {persist && <p className="annotation-note">{persistText[persist]}</p>}
    </section>
  );
}
