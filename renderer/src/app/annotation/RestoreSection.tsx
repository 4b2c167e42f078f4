import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { JournalInfo } from '../../../../shared/contract';
import { api } from '../../api';
import { getLabelsDb, getLabelsRepo, type RestoreReport } from '../../db';

/**
 * The label journal in the user's data folder holds every label change.
 * "Restore labels" replays it into this database: labels missing here come
 * back; labels present here are never overwritten.
 */
export function RestoreSection({ datasetId }: { datasetId: string }) {
  const pending = useLiveQuery(() => getLabelsDb().outbox.filter((r) => !r.rejected).count(), [], 0);
  const refused = useLiveQuery(() => getLabelsDb().outbox.filter((r) => !!r.rejected).toArray(), [], []);
  const [report, setReport] = useState<RestoreReport | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [journals, setJournals] = useState<JournalInfo[]>([]);
  const [source, setSource] = useState(datasetId);

  useEffect(() => {
    setSource(datasetId);
    let live = true;
    api
      .request('labels:journal-list', {})
      .then((list) => live && setJournals(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [datasetId, report]);

  const own = journals.find((j) => j.datasetId === datasetId);
  const others = journals.filter((j) => j.datasetId !== datasetId);

  const restore = async () => {
    setStatus('Replaying the journal…');
    try {
      const r = await getLabelsRepo().restore(datasetId, source);
      setReport(r);
      setStatus(null);
    } catch (err) {
      setStatus(`Restore failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const flush = async () => {
    const r = await getLabelsRepo().flush();
    setStatus(r.error ? `The journal could not be written: ${r.error} (${r.pending} changes kept, will retry)` : `Journal up to date (${r.sent} sent).`);
  };

  return (
    <section className="labels-section" data-testid="restore-section">
      <h2>Label journal</h2>
      <p className="annotation-note">
        Every label change is also appended to a journal file in your data folder (labels-journal/). If browser storage is cleared, restore from it.
      </p>
      {own && (
        <p className="annotation-note" data-testid="journal-path">
          This dataset's journal: {own.path} ({Math.ceil(own.bytes / 1024)} KB)
        </p>
      )}
      <div className="labels-row">
        {others.length > 0 && (
          <label title="The same files opened from another folder have another dataset id; their labels are matched by sample key">
            From{' '}
            <select aria-label="Journal to restore from" data-testid="restore-source" value={source} onChange={(e) => setSource(e.target.value)}>
              <option value={datasetId}>this dataset</option>
              {others.map((j) => (
                <option key={j.datasetId} value={j.datasetId}>
                  {j.datasetId} ({Math.ceil(j.bytes / 1024)} KB, {new Date(j.modifiedAt).toLocaleDateString()})
                </option>
              ))}
            </select>
          </label>
        )}
        <button data-testid="restore-labels" onClick={() => void restore()}>
          Restore labels
        </button>
        <span data-testid="journal-pending">{pending === 0 ? 'Journal up to date.' : `${pending} change${pending === 1 ? '' : 's'} not yet in the journal.`}</span>
        {pending > 0 && <button onClick={() => void flush()}>Retry now</button>}
      </div>
      {refused.length > 0 && (
        <div className="annotation-warning" role="alert" data-testid="journal-refused">
          The journal refused {refused.length} change{refused.length === 1 ? '' : 's'} (kept in this browser, not lost): {refused[0]!.rejected}
        </div>
      )}
      {report && (
        <p role="status" data-testid="restore-report">
          {report.journalEntries} journal entries: {report.restored} labels restored, {report.alreadyPresent} already here
          {report.keptLocal > 0 && `, ${report.keptLocal} differ here and were kept as they are`}
          {report.rubricsRestored > 0 && `, ${report.rubricsRestored} rubric versions restored`}
          {report.unreadableLines > 0 && `, ${report.unreadableLines} unreadable lines skipped`}
          {report.tornTail && ' (the last line was cut off by a crash: it was never acknowledged)'}.
        </p>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
