import { useEffect, useState } from 'react';
import type { ArgsOf, RequestName, ResultOf } from '../../../../shared/contract';
import { api } from '../../api';
import { useDatasetStore } from './datasetStore';

export interface RequestState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Calls a backend request whenever its arguments change (null: do not call),
 * and again when the open dataset grows or finishes indexing, so aggregates
 * follow the index. Answers that arrive after newer arguments are dropped.
 */
export function useRequest<N extends RequestName>(name: N, args: ArgsOf<N> | null): RequestState<ResultOf<N>> {
  const records = useDatasetStore((s) => s.summary?.records ?? 0);
  const state = useDatasetStore((s) => s.summary?.state ?? null);
  const [result, setResult] = useState<RequestState<ResultOf<N>>>({ data: null, error: null, loading: args !== null });
  const key = args === null ? null : JSON.stringify(args);

  useEffect(() => {
    if (key === null) {
      setResult({ data: null, error: null, loading: false });
      return;
    }
    let live = true;
    setResult((r) => ({ ...r, loading: true }));
    api
      .request(name, JSON.parse(key) as ArgsOf<N>)
      .then((data) => live && setResult({ data, error: null, loading: false }))
      .catch((err: unknown) => live && setResult({ data: null, error: err instanceof Error ? err.message : String(err), loading: false }));
    return () => {
      live = false;
    };
  }, [name, key, records, state]);

  return result;
}
