import { useState } from 'react';
import type { ExportInput } from '../../../../shared/annotation/exportFormat';
import { getLabelsDb } from '../../db';
import { useDatasetStore } from '../dataset/datasetStore';
import { fetchJoined } from './datasetKeys';
import { downloadText } from '../../components/download';
import { exportFileName } from './exportFileName';
import { useDatasetLabels } from './useAnnotationData';
import { isCancelled } from './worker/client';
import { useAnnotationWorker } from './worker/useAnnotationWorker';

/** Labels out as JSONL (for re-import and analysis) or CSV, with every provenance field and optionally the samples' fields. */
export function ExportSection({ datasetId }: { datasetId: string }) {
  const labels = useDatasetLabels(datasetId);
  const summary = useDatasetStore((s) => s.summary);
  const [annotator, setAnnotator] = useState('');
  const [join, setJoin] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const annotators = [...new Set(labels.map((l) => l.annotator))].sort();
  // Formatting runs in the annotation worker: a 100,000-label export would freeze the window for a second or more.
  const worker = useAnnotationWorker();
  const [busy, setBusy] = useState(false);

  const run = async (kind: 'jsonl' | 'csv') => {
    setBusy(true);
    try {
      const chosen = labels.filter((l) => !annotator || l.annotator === annotator).sort((a, b) => (a.id < b.id ? -1 : 1));
      const input: ExportInput = { datasetId, datasetName: summary?.name, labels: chosen, rubrics: await getLabelsDb().rubrics.toArray(), now: new Date() };
      if (join) {
        input.samples = await fetchJoined(datasetId, chosen, (d, t) => setStatus(`Joining sample fields ${d} / ${t}…`));
      }
      const name = exportFileName(summary?.name ?? 'dataset', annotator || null, kind, input.now);
      setStatus(`Writing ${chosen.length.toLocaleString('en-US')} labels…`);
      const text = await worker.run('export', { format: kind, input });
      downloadText(name, text, kind === 'jsonl' ? 'application/x-ndjson' : 'text/csv');
      const unjoined = join ? chosen.filter((l) => !input.samples!.has(l.sampleId)).length : 0;
      setStatus(`Exported ${chosen.length} labels to ${name}${unjoined ? ` (${unjoined} samples could not be found for joining)` : ''}.`);
    } catch (err) {
      if (!isCancelled(err)) setStatus(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="labels-section" data-testid="export-section">
      <h2>Export</h2>
      <div className="labels-row">
        <select aria-label="Export annotator" value={annotator} onChange={(e) => setAnnotator(e.target.value)}>
          <option value="">all annotators</option>
          {annotators.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
        <label>
          <input type="checkbox" data-testid="export-join" checked={join} onChange={(e) => setJoin(e.target.checked)} /> join sample fields (model, passed, rationale, code)
        </label>
        <button data-testid="export-jsonl" onClick={() => void run('jsonl')} disabled={labels.length === 0 || busy}>
          Export JSONL
        </button>
        <button data-testid="export-csv" onClick={() => void run('csv')} disabled={labels.length === 0 || busy}>
          Export CSV
        </button>
      </div>
      {status && <p role="status" data-testid="export-status">{status}</p>}
    </section>
  );
}
