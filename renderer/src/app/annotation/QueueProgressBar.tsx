import { queueProgress, type QueueItem } from '../../../../shared/annotation/queue';
import type { ActiveQueue } from './useAnnotationData';

/** How far the current annotator is through the active queue (and its shared overlap set). */
export function QueueProgressBar({ queue, current }: { queue: ActiveQueue; current?: QueueItem | null }) {
  const p = queueProgress(queue.items, queue.labelled);
  const pct = p.total ? Math.round((100 * p.done) / p.total) : 0;
  const position = current ? queue.items.indexOf(current) + 1 : null;
  return (
    <div className="queue-progress" data-testid="queue-progress">
      <div className="queue-progress-text">
        {queue.queue.name}: {p.done} / {p.total} labelled
        {p.sharedTotal > 0 && ` · overlap ${p.sharedDone} / ${p.sharedTotal}`}
        {position && ` · item ${position}`}
      </div>
      <progress max={p.total || 1} value={p.done} aria-label={`${pct}% of the queue labelled`} />
    </div>
  );
}
