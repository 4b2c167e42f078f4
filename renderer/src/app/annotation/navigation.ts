import { nextItem, type QueueItem } from '../../../../shared/annotation/queue';
import { useViewStore } from '../state/viewStore';
import type { ActiveQueue } from './useAnnotationData';

/**
 * Moves to the next or previous sample: through the active queue when there
 * is one (skipping labelled items when "unlabelled only" is on), otherwise
 * through the sample list, by handing the list its own ↓/↑ key so that its
 * filter and sort order are followed.
 */
export function moveSample(queue: ActiveQueue | null, currentSampleId: string | null, unlabelledOnly: boolean, step: 1 | -1): QueueItem | 'list' | null {
  if (queue) {
    const item = nextItem(queue.items, currentSampleId, queue.labelled, unlabelledOnly && step === 1, step);
    if (item) useViewStore.getState().selectSample(item.index);
    return item;
  }
  window.dispatchEvent(new KeyboardEvent('keydown', { key: step === 1 ? 'ArrowDown' : 'ArrowUp', bubbles: true, cancelable: true }));
  return 'list';
}
