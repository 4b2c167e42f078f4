import type { Handlers } from '../../shared/contract/dispatch';
import type { BackendContext } from '../backend/context';
import type { Services } from '../backend/services';
import { LabelJournal } from '../services/labels/journal';

type LabelsHandlers = Pick<Handlers, 'labels:journal-append' | 'labels:journal-read' | 'labels:journal-list'>;

/**
 * Thin handlers over the label journal service. A bare services object (a
 * test harness) gets its own journal: it holds no open files between calls.
 */
export function createLabelsHandlers(ctx: BackendContext, services: Services): LabelsHandlers {
  const journal: LabelJournal = (services as Partial<Services>).labelJournal ?? new LabelJournal(ctx.userDataDir);
  const index = (services as Partial<Services>).labelIndex;
  return {
    'labels:journal-append': async ({ datasetId, entries }) => {
      const result = await journal.append(datasetId, entries);
      // `label:` filters follow every change; the list re-queries on the event.
      if (index && entries.some((e) => e.op !== 'rubric')) {
        void index
          .apply(datasetId, entries)
          .then(() => index.facets(datasetId))
          .then((facets) => ctx.hub.emit('dataset:labels-changed', facets));
      }
      return result;
    },
    'labels:journal-read': ({ datasetId }) => journal.read(datasetId),
    'labels:journal-list': () => journal.list(),
  };
}
