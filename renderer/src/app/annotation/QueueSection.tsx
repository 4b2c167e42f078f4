import { itemsFor, nextItem, queueProgress } from '../../../../shared/annotation/queue';
import { queueFile } from '../../../../shared/annotation/queueFile';
import { getLabelsDb } from '../../db';
import { useViewStore } from '../state/viewStore';
import { useAnnotationStore } from './annotationStore';
import { QueueBuilder } from './QueueBuilder';
import { QueueProgressBar } from './QueueProgressBar';
import { downloadText, safeFileName } from '../../components/download';
import { useActiveQueue, useDatasetLabels, useQueues } from './useAnnotationData';

/** Queues of the dataset: build, activate, progress per annotator, and start labelling. */
export function QueueSection({ datasetId }: { datasetId: string }) {
  const queues = useQueues(datasetId);
  const active = useActiveQueue(datasetId);
  const labels = useDatasetLabels(datasetId);
  const queueId = useAnnotationStore((s) => s.queueId);
  const setQueue = useAnnotationStore((s) => s.setQueue);
  const unlabelledOnly = useAnnotationStore((s) => s.unlabelledOnly);
  const setUnlabelledOnly = useAnnotationStore((s) => s.setUnlabelledOnly);

  const start = () => {
    if (!active) return;
    const item = nextItem(active.items, null, active.labelled, unlabelledOnly);
    if (!item) return;
    useViewStore.getState().selectSample(item.index);
    useViewStore.getState().openTab('samples');
  };

  return (
    <section className="labels-section" data-testid="queue-section">
      <h2>Queues</h2>
      <QueueBuilder datasetId={datasetId} />
      {queues.length > 0 && (
        <table className="labels-table">
          <thead>
            <tr>
              <th>Queue</th>
              <th>Seed</th>
              <th>Items</th>
              <th>Progress by annotator</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {queues.map((q) => {
              const names = q.annotators.length ? q.annotators : [...new Set(labels.map((l) => l.annotator))];
              return (
                <tr key={q.id} data-testid="queue-row">
                  <td>
                    {q.name}
                    {q.id === queueId && <strong> (active)</strong>}
                  </td>
                  <td>{q.seed}</td>
                  <td className="num">{q.items.length}</td>
                  <td>
                    {names
                      .map((a) => {
                        const done = new Set(labels.filter((l) => l.annotator === a).map((l) => l.sampleId));
                        const p = queueProgress(itemsFor(q.items, a), done);
                        return `${a} ${p.done}/${p.total}`;
                      })
                      .join(' · ') || '—'}
                  </td>
                  <td>
                    <button onClick={() => void setQueue(q.id === queueId ? null : q.id)}>{q.id === queueId ? 'Deactivate' : 'Activate'}</button>
                    <button
                      title="A file other annotators load to build the identical queue"
                      onClick={() => downloadText(safeFileName(`queue-${q.name}.json`), queueFile(q, q.items), 'application/json')}
                    >
                      Save spec
                    </button>
                    <button
                      onClick={() => {
                        if (window.confirm(`Delete the queue "${q.name}"? Labels are kept.`)) {
                          void getLabelsDb().queues.delete(q.id);
                          if (q.id === queueId) void setQueue(null);
                        }
                      }}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {active && (
        <div className="labels-row">
          <QueueProgressBar queue={active} />
          <label>
            <input type="checkbox" data-testid="unlabelled-only" checked={unlabelledOnly} onChange={(e) => void setUnlabelledOnly(e.target.checked)} /> Unlabelled only
          </label>
          <button data-testid="queue-start" onClick={start}>
            Label next item
          </button>
        </div>
      )}
    </section>
  );
}
