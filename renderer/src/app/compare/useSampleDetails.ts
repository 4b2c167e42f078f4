import { useEffect, useRef, useState } from 'react';
import type { SampleDetail } from '../../../../shared/contract';
import { api } from '../../api';

export interface DetailState {
  /** In the order of `indices`; null while loading or when it failed. */
  details: Array<SampleDetail | null>;
  errors: Array<string | null>;
}

/**
 * Fetches full records with `dataset:sample` for the selected cells only
 * (never the whole problem). Each index is requested once per dataset, even
 * when the selection changes while an answer is on its way.
 */
export function useSampleDetails(datasetId: string | null, indices: readonly number[]): DetailState {
  const [cache, setCache] = useState<Map<number, SampleDetail | string>>(new Map());
  const requested = useRef<{ datasetId: string | null; indices: Set<number> }>({ datasetId: null, indices: new Set() });
  const key = indices.join(',');

  useEffect(() => {
    if (!datasetId) return;
    if (requested.current.datasetId !== datasetId) {
      requested.current = { datasetId, indices: new Set() };
      setCache(new Map());
    }
    const pending = requested.current;
    for (const index of indices) {
      if (pending.indices.has(index)) continue;
      pending.indices.add(index);
      // An answer for a dataset that is no longer current is dropped.
      const store = (value: SampleDetail | string) => {
        if (requested.current === pending) setCache((m) => new Map(m).set(index, value));
      };
      api
        .request('dataset:sample', { datasetId, index })
        .then(store)
        .catch((err: unknown) => store(err instanceof Error ? err.message : String(err)));
    }
    // `indices` is represented by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [datasetId, key]);

  return {
    details: indices.map((i) => {
      const v = cache.get(i);
      return v && typeof v !== 'string' ? v : null;
    }),
    errors: indices.map((i) => {
      const v = cache.get(i);
      return typeof v === 'string' ? v : null;
    }),
  };
}
