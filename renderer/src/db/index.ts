import { api } from '../api';
import { getLabelsDb } from './LabelsDb';
import { LabelsRepo, type JournalSink } from './labelsRepo';

export { LabelsDb, getLabelsDb, requestPersistence, type PersistState } from './LabelsDb';
export { LabelsRepo, type FlushResult, type JournalSink, type RestoreReport } from './labelsRepo';
export type { AnnotatorProfile, StoredQueue, StoredRubric } from './schema';

/** The backend's fsync'd label journal, reached through the contract. */
export const apiJournalSink: JournalSink = {
  append: (datasetId, entries) => api.request('labels:journal-append', { datasetId, entries }),
  read: (datasetId) => api.request('labels:journal-read', { datasetId }),
};

let repo: LabelsRepo | null = null;

/** The app's label repository; on first use it also sends anything left in the outbox by an earlier session. */
export function getLabelsRepo(): LabelsRepo {
  if (!repo) {
    repo = new LabelsRepo(getLabelsDb(), apiJournalSink);
    void repo.flush();
  }
  return repo;
}
