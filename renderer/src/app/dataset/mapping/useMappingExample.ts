import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { exampleFromExcerpt } from './mappingModel';

const sameFile = (a: string, b: string) => a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);

/**
 * One raw record of an unrecognised file, for the mapping preview: the
 * engine reports such records as skipped lines, whose excerpt is the line.
 * Null when none is whole (long lines are cut) — the form then previews nothing.
 */
export function useMappingExample(datasetId: string, file: string): Record<string, unknown> | null {
  const [example, setExample] = useState<Record<string, unknown> | null>(null);
  useEffect(() => {
    let live = true;
    setExample(null);
    api
      .request('dataset:issues', { datasetId, offset: 0, limit: 200 })
      .then(({ issues }) => {
        for (const issue of issues) {
          if (!sameFile(issue.file, file)) continue;
          const record = exampleFromExcerpt(issue.excerpt);
          if (record && live) return setExample(record);
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [datasetId, file]);
  return example;
}
