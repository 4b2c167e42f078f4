import { parseJournal } from '../../../../../shared/annotation/journal';
import type { ArgsOf, ResultOf } from '../../../../../shared/contract';

/**
 * The backend's label journal in memory for component tests: one JSONL text
 * per dataset, appended and read back as the real journal does. Spread
 * `handlers` into `createFakeApi`; `texts` is what was written.
 */
export function createFakeJournal() {
  const texts = new Map<string, string>();
  const handlers = {
    'labels:journal-append': ({ datasetId, entries }: ArgsOf<'labels:journal-append'>): ResultOf<'labels:journal-append'> => {
      texts.set(datasetId, (texts.get(datasetId) ?? '') + entries.map((e) => JSON.stringify(e) + '\n').join(''));
      return { appended: entries.length, bytes: 0 };
    },
    'labels:journal-read': ({ datasetId }: ArgsOf<'labels:journal-read'>): ResultOf<'labels:journal-read'> => ({
      datasetId,
      path: 'x',
      exists: true,
      ...parseJournal(texts.get(datasetId) ?? ''),
    }),
  };
  return { texts, handlers };
}
