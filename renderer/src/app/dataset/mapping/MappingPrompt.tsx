import { useState } from 'react';
import { useDatasetStore } from '../datasetStore';
import { MappingForm } from './MappingForm';

/** Shown when files of the dataset were not recognised: opens the mapping form. */
export function MappingPrompt() {
  const summary = useDatasetStore((s) => s.summary);
  const [open, setOpen] = useState(false);
  const unrecognised = summary?.unrecognised ?? [];
  if (!summary || unrecognised.length === 0) return null;
  return (
    <>
      <button className="mapping-prompt" data-testid="mapping-prompt" title={unrecognised.map((u) => u.file).join('\n')} onClick={() => setOpen(true)}>
        Map fields of {unrecognised.length === 1 ? '1 unrecognised file' : `${unrecognised.length} unrecognised files`}
      </button>
      {open && <MappingForm summary={summary} unrecognised={unrecognised} onClose={() => setOpen(false)} />}
    </>
  );
}
