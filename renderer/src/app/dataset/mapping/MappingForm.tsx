import { useMemo, useState } from 'react';
import type { DatasetSummary } from '../../../../../shared/contract';
import { Dialog } from '../../../components/Dialog';
import { downloadText } from '../../../components/download';
import { useDatasetStore } from '../datasetStore';
import { useViewStore } from '../../state/viewStore';
import { MappingFieldRow } from './MappingFieldRow';
import { draftFromMapping, formFields, guessMapping, mappingError, previewRecord, toMapping, type MappingDraft } from './mappingModel';
import { useMappingExample } from './useMappingExample';

interface Props {
  summary: DatasetSummary;
  unrecognised: { file: string; fields: string[] }[];
  onClose(): void;
}

const PREVIEW_CHARS = 160;

// Long strings (code, rationales) are cut so the preview shows the shape, not the bulk.
function previewText(record: Record<string, unknown>): string {
  return JSON.stringify(record, (_k, v: unknown) => (typeof v === 'string' && v.length > PREVIEW_CHARS ? `${v.slice(0, PREVIEW_CHARS)}…` : v), 2);
}

/** Maps canonical fields to a foreign file's fields, previews the result and re-opens the dataset with it. */
export function MappingForm({ summary, unrecognised, onClose }: Props) {
  const open = useDatasetStore((s) => s.open);
  const opening = useDatasetStore((s) => s.opening);
  const openError = useDatasetStore((s) => s.error);
  const path = useViewStore((s) => s.datasetPath) ?? summary.path;
  const [fileIndex, setFileIndex] = useState(0);
  const target = unrecognised[Math.min(fileIndex, unrecognised.length - 1)]!;
  const lastMapping = useDatasetStore((s) => s.mapping);
  // Start from the mapping the dataset was opened with, if any; otherwise guess from the field names.
  const [draft, setDraft] = useState<MappingDraft>(() => {
    const previous = lastMapping ? draftFromMapping(lastMapping) : null;
    return previous && !('error' in previous) ? previous : guessMapping(target.fields, summary.name.replace(/[^\w.-]+/g, '-'));
  });
  const [loadError, setLoadError] = useState<string | null>(null);
  const load = async (file: File | undefined) => {
    if (!file) return;
    const loaded = draftFromMapping(await file.text());
    if ('error' in loaded) setLoadError(`${file.name}: ${loaded.error}`);
    else {
      setLoadError(null);
      setDraft(loaded);
    }
  };
  const example = useMappingExample(summary.id, target.file);

  const error = mappingError(draft);
  const json = useMemo(() => JSON.stringify(toMapping(draft), null, 2), [draft]);
  const preview = useMemo(() => previewRecord(draft, example), [draft, example]);

  const apply = async () => {
    if (await open(path, JSON.stringify(toMapping(draft)))) onClose();
  };

  return (
    <Dialog
      title="Map this file's fields"
      onClose={onClose}
      testId="mapping-form"
      wide
      actions={
        <>
          {/* In the footer, not the scrolled body: the reason the button is disabled must stay in sight. */}
          {(loadError ?? error ?? openError) && (
            <span className="error-text mapping-error" role="alert" data-testid="mapping-error">
              {loadError ?? error ?? openError}
            </span>
          )}
          <label className="file-button">
            Load mapping…
            <input type="file" accept=".json,application/json" data-testid="mapping-load" onChange={(e) => void load(e.target.files?.[0])} />
          </label>
          <button data-testid="mapping-download" onClick={() => downloadText(`${draft.name || 'custom'}.mapping.json`, json, 'application/json')}>
            Download mapping JSON
          </button>
          <button data-testid="mapping-apply" disabled={error !== null || opening} onClick={() => void apply()}>
            {opening ? 'Opening…' : 'Open with this mapping'}
          </button>
        </>
      }
    >
      <p className="muted">
        Tracelens did not recognise the fields of {unrecognised.length === 1 ? 'this file' : `${unrecognised.length} files`}. Say which field holds what; the
        mapping applies to the whole dataset and can be saved for the CLI.
      </p>
      <div className="mapping-head">
        {unrecognised.length > 1 && (
          <label>
            File{' '}
            <select
              value={fileIndex}
              onChange={(e) => {
                const i = Number(e.target.value);
                setFileIndex(i);
                setDraft(guessMapping(unrecognised[i]!.fields, draft.name));
              }}
            >
              {unrecognised.map((u, i) => (
                <option key={u.file} value={i}>
                  {u.file}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Name <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
      </div>
      <div className="mapping-grid">
        <table className="mapping-table">
          <tbody>
            {formFields.map(({ field, hint }) => (
              <MappingFieldRow
                key={field}
                field={field}
                hint={hint}
                fields={target.fields}
                source={draft.sources[field] ?? { mode: 'none' }}
                onChange={(source) => setDraft({ ...draft, sources: { ...draft.sources, [field]: source } })}
              />
            ))}
          </tbody>
        </table>
        <div className="mapping-preview">
          <h3>Preview</h3>
          {preview ? (
            <pre data-testid="mapping-preview">{previewText(preview)}</pre>
          ) : (
            <p className="muted">No whole example record of this file is available; the mapping is shown instead.</p>
          )}
          <h3>Mapping JSON</h3>
          <pre data-testid="mapping-json">{json}</pre>
        </div>
      </div>
    </Dialog>
  );
}
