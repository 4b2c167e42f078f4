import { useState } from 'react';
import { nextVersion, parseRubric, sameDimensions, type Rubric } from '../../../../shared/annotation/rubric';
import { getLabelsRepo } from '../../db';
import { useAnnotationStore } from './annotationStore';
import { useActiveRubric, useRubrics } from './useAnnotationData';

const strip = ({ savedAt: _s, ...r }: Rubric & { savedAt?: string }): Rubric => r;

/**
 * Choose the rubric version to label with, or edit one as JSON. Saving an
 * edit never changes a version that exists: a changed definition becomes
 * the next version, so labels keep meaning what they meant.
 */
export function RubricSection({ datasetId }: { datasetId: string | null }) {
  const rubrics = useRubrics();
  const active = useActiveRubric();
  const ref = useAnnotationStore((s) => s.rubric);
  const setRubric = useAnnotationStore((s) => s.setRubric);
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    const parsed = parseRubric(draft ?? '');
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    let rubric = parsed.rubric;
    const versions = rubrics.filter((r) => r.id === rubric.id);
    const same = versions.find((r) => r.version === rubric.version);
    if (same && sameDimensions(strip(same), rubric) && same.name === rubric.name) {
      setMessage(`No change: ${rubric.id} v${rubric.version} is already saved.`);
    } else {
      if (same) rubric = nextVersion(rubric, versions.map((r) => r.version));
      await getLabelsRepo().saveRubric(rubric, datasetId);
      setMessage(`Saved ${rubric.id} v${rubric.version}${same ? ' (a new version: the edited one has labels that must keep their meaning)' : ''}.`);
    }
    await setRubric({ id: rubric.id, version: rubric.version });
    setErrors([]);
    setDraft(null);
  };

  return (
    <section className="labels-section rubric-editor" data-testid="rubric-section">
      <h2>Rubric</h2>
      <div className="labels-row">
        <label>
          Label with{' '}
          <select
            data-testid="rubric-select"
            value={`${ref.id}@${ref.version}`}
            onChange={(e) => {
              const [id, v] = e.target.value.split('@');
              void setRubric({ id: id!, version: Number(v) });
            }}
          >
            {rubrics.map((r) => (
              <option key={`${r.id}@${r.version}`} value={`${r.id}@${r.version}`}>
                {r.name} ({r.id} v{r.version})
              </option>
            ))}
          </select>
        </label>
        <button data-testid="rubric-edit" onClick={() => setDraft(JSON.stringify(strip(active ?? rubrics[0]!), null, 2))} disabled={!active && rubrics.length === 0}>
          Edit as JSON…
        </button>
      </div>
      {active && (
        <p className="annotation-note">
          {active.dimensions.length} dimensions: {active.dimensions.map((d) => `${d.label} (${d.kind})`).join('; ')}. Every label also has a free-text note.
        </p>
      )}
      {draft !== null && (
        <div>
          <textarea aria-label="Rubric JSON" data-testid="rubric-json" value={draft} onChange={(e) => setDraft(e.target.value)} spellCheck={false} />
          <p className="annotation-note">
            Dimension kinds: ordinal (ordered options), categorical, boolean, text. Change the id to start a new rubric; an edited existing version is saved as the next version.
          </p>
          {errors.length > 0 && (
            <ul className="error-list" data-testid="rubric-errors">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <div className="labels-row">
            <button data-testid="rubric-save" onClick={() => void save()}>
              Save rubric
            </button>
            <button onClick={() => (setDraft(null), setErrors([]))}>Cancel</button>
          </div>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
