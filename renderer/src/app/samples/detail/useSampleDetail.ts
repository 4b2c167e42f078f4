import { useEffect, useState } from 'react';
import type { SampleDetail } from '../../../../../shared/contract';
import { api } from '../../../api';

export interface SampleDetailState {
  detail: SampleDetail | null;
  error: string | null;
  loading: boolean;
}

/** The full record of the selected sample (`dataset:sample`); answers for an older selection are dropped. */
export function useSampleDetail(datasetId: string | null, index: number | null): SampleDetailState {
  const [state, setState] = useState<SampleDetailState & { key: string | null }>({ key: null, detail: null, error: null, loading: false });
  const key = datasetId !== null && index !== null ? `${datasetId}#${index}` : null;
  useEffect(() => {
    if (datasetId === null || index === null) return;
    let live = true;
    setState((s) => ({ ...s, key: `${datasetId}#${index}`, loading: true, error: null }));
    api
      .request('dataset:sample', { datasetId, index })
      .then((detail) => live && setState({ key: `${datasetId}#${index}`, detail, error: null, loading: false }))
      .catch((err: unknown) => live && setState({ key: `${datasetId}#${index}`, detail: null, error: err instanceof Error ? err.message : String(err), loading: false }));
    return () => {
      live = false;
    };
  }, [datasetId, index]);
  if (key === null) return { detail: null, error: null, loading: false };
  // While the next sample loads, keep showing the previous one rather than flashing empty panes.
  return { detail: state.detail, error: state.key === key ? state.error : null, loading: state.key !== key || state.loading };
}
