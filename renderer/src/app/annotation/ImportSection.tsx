import { useEffect, useRef, useState } from 'react';
import { summarisePlan, type ImportConflict } from '../../../../shared/annotation/importPlan';
import { describeKey } from '../../../../shared/annotation/label';
import { getLabelsDb, getLabelsRepo } from '../../db';
import { ConflictList } from './ConflictList';
import { ImportProgressLine } from './ImportProgressLine';
import { prepareImport, type ImportProgress, type PreparedImport } from './prepareImport';
import { isCancelled } from './worker/client';
import { useAnnotationWorker } from './worker/useAnnotationWorker';

const MAX_LISTED = 200;

/**
 * Import another annotator's export: a report first (what would be added,
 * what is refused and why, what conflicts), then the user confirms. Nothing
 * stored changes until then, and conflicts are decided one by one. Reading
 * runs in the annotation worker with its progress shown; reading another file
 * or Cancel abandons the one being read.
 */
export function ImportSection({ datasetId }: { datasetId: string }) {
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<ImportConflict[]>([]);
  const [applied, setApplied] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const client = useAnnotationWorker();
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);

  const read = async (name: string, text: string) => {
    reading.current?.abort();
    const controller = (reading.current = new AbortController());
    setStatus(null);
    setProgress({ phase: 'parse', done: 0, total: 0 });
    setApplied(false);
    try {
      const p = await prepareImport(text, name, datasetId, getLabelsDb(), { client, signal: controller.signal, onProgress: (x) => !controller.signal.aborted && setProgress(x) });
      // The dataset lookup cannot be interrupted: a file abandoned meanwhile must not show its report.
      if (controller.signal.aborted) return;
      setPrepared(p);
      setConflicts(p.plan.conflicts);
      setFile({ name, text });
      setProgress(null);
    } catch (err) {
      if (controller.signal.aborted || isCancelled(err)) return;
      setPrepared(null);
      setProgress(null);
      setStatus(`Nothing was imported: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const cancel = () => {
    reading.current?.abort();
    setProgress(null);
    setStatus('Reading cancelled; nothing was imported.');
  };

  const apply = async () => {
    if (!prepared) return;
    try {
      const n = await getLabelsRepo().applyImport(prepared.plan);
      setApplied(true);
      setStatus(`Imported ${n} new label${n === 1 ? '' : 's'} from ${prepared.fileName}.`);
    } catch (err) {
      setStatus(`Nothing was imported (labels changed meanwhile; read the file again): ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const resolve = async (c: ImportConflict, choice: 'keep-local' | 'take-incoming') => {
    try {
      await getLabelsRepo().resolveConflict(c, choice);
      setConflicts((list) => list.filter((x) => x !== c));
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };

  const addRubrics = async () => {
    if (!prepared || !file) return;
    for (const r of prepared.missingRubrics) await getLabelsRepo().saveRubric(r, datasetId);
    await read(file.name, file.text);
  };

  const plan = prepared?.plan;
  return (
    <section className="labels-section import-report" data-testid="import-section">
      <h2>Import</h2>
      <input
        type="file"
        accept=".jsonl,.json,application/x-ndjson"
        data-testid="import-labels"
        aria-label="Import a label export"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void f.text().then((text) => read(f.name, text));
        }}
      />
      {plan && (
        <div data-testid="import-report">
          <p className={plan.fatal ? 'fatal' : undefined} data-testid="import-summary">
            {summarisePlan(plan)}
            {!plan.fatal && !applied && ' Nothing is stored until you confirm.'}
          </p>
          {plan.notes.map((n) => (
            <p key={n} className="annotation-note">
              {n}
            </p>
          ))}
          {prepared.missingRubrics.length > 0 && (
            <p>
              The file uses rubric versions this database does not have: {prepared.missingRubrics.map((r) => `${r.id} v${r.version}`).join(', ')}.{' '}
              <button onClick={() => void addRubrics()}>Add them and read again</button>
            </p>
          )}
          {plan.rejected.length > 0 && (
            <details open={plan.rejected.length <= 20}>
              <summary>{plan.rejected.length} rows refused</summary>
              <ul data-testid="import-rejected">
                {plan.rejected.slice(0, MAX_LISTED).map((r, i) => (
                  <li key={i}>
                    {prepared.fileName}:{r.line}: {r.key ? `${describeKey(r.key)} · ${r.annotator}: ` : ''}
                    {r.reason}
                  </li>
                ))}
                {plan.rejected.length > MAX_LISTED && <li>… and {plan.rejected.length - MAX_LISTED} more</li>}
              </ul>
            </details>
          )}
          {!plan.fatal && plan.add.length > 0 && !applied && (
            <button data-testid="import-apply" onClick={() => void apply()}>
              Import {plan.add.length} new label{plan.add.length === 1 ? '' : 's'}
            </button>
          )}
          <ConflictList conflicts={conflicts} onResolve={(c, choice) => void resolve(c, choice)} />
        </div>
      )}
      {progress && <ImportProgressLine progress={progress} onCancel={cancel} />}
      {status && <p role="status" data-testid="import-status">{status}</p>}
    </section>
  );
}
