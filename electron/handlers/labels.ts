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
  return {
    'labels:journal-append': ({ datasetId, entries }) => journal.append(datasetId, entries),
    'labels:journal-read': ({ datasetId }) => journal.read(datasetId),
    'labels:journal-list': () => journal.list(),
  };
}
