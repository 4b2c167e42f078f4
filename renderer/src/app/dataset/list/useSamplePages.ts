import { useCallback, useEffect, useRef, useState } from 'react';
import type { SampleRow } from '../../../../../shared/contract';
import { api } from '../../../api';
import type { ListSort } from './listStore';
import { PageCache } from './pageCache';
import { throttle } from './throttle';

export const PAGE_SIZE = 200;
/** Pages kept in memory: 40 × 200 rows, however long the list. */
const MAX_PAGES = 40;
/** Fast scrolling asks for a range every frame; they are folded into one fetch per interval (of the latest range). */
const FETCH_DELAY_MS = 16;
/** How often the list re-queries while indexing streams `dataset:changed`. */
export const REFRESH_MS = 1000;

export interface PagesState {
  total: number;
  /** True before the first page of this query has arrived. */
  loading: boolean;
  indexing: boolean;
  queryError: string | null;
  error: string | null;
  /** The `key` whose rows are loaded (null before the first answer). */
  loadedKey: string | null;
  /** Bumped whenever rows arrive, so rows read through `rowAt` re-render. */
  version: number;
}

export interface SamplePages extends PagesState {
  rowAt(position: number): SampleRow | undefined;
  /** Asks for the rows at list positions [start, end]; fetches the missing pages. */
  ensure(start: number, end: number): void;
  positionOf(datasetIndex: number): number | null;
  /** Asks the engine for a dataset index's position in this query's result (null: not in it), loaded or not. */
  locate(datasetIndex: number): Promise<number | null>;
}

interface Params {
  /** Identifies datasetId + query + sort (see listKey); echoed as `loadedKey`. */
  key: string;
  datasetId: string | null;
  query: string;
  sort: ListSort;
  /** Changes when the dataset's summary changes (indexing advanced): triggers a throttled refresh. */
  refreshToken: string;
}

/**
 * The rows of the sample list, fetched page by page with `dataset:query` as
 * the virtual list asks for them, kept in a bounded cache, and refreshed in
 * place while indexing goes on (stale rows stay on screen until replaced, so
 * neither scroll position nor selection jumps).
 */
export function useSamplePages({ key, datasetId, query, sort, refreshToken }: Params): SamplePages {
  const [state, setState] = useState<PagesState>({ total: 0, loadedKey: null, loading: true, indexing: false, queryError: null, error: null, version: 0 });
  const live = useRef({ cache: new PageCache(PAGE_SIZE, MAX_PAGES), gen: 0, inFlight: new Set<number>(), known: false, range: [0, 60] as [number, number], total: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // This list's channel: when it asks for a new query, the engine stops searching for the old one.
  // Random rather than useId, which repeats across windows that share the backend.
  const channel = useRef(`sample-list-${Math.random().toString(36).slice(2, 10)}`).current;

  const fetchPage = useCallback(
    (page: number) => {
      const l = live.current;
      if (!datasetId) return;
      const gen = l.gen;
      l.inFlight.add(page);
      api
        .request('dataset:query', { datasetId, query, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE, channel })
        .then((p) => {
          if (gen !== live.current.gen) return; // an answer for an older query
          l.cache.put(page, p.rows);
          l.cache.truncate(p.total);
          l.known = true;
          l.total = p.total;
          setState((s) => ({ total: p.total, loadedKey: key, loading: false, indexing: p.indexing, queryError: p.queryError ?? null, error: null, version: s.version + 1 }));
        })
        .catch((err: unknown) => {
          if (gen !== live.current.gen) return; // includes an old query's search, cancelled by this one
          setState((s) => ({ ...s, loading: false, error: err instanceof Error ? err.message : String(err) }));
        })
        .finally(() => {
          if (gen === live.current.gen) l.inFlight.delete(page);
        });
    },
    [key, datasetId, query, sort, channel],
  );

  const fetchRange = useCallback(() => {
    const l = live.current;
    const [start, end] = l.range;
    // Before the first answer the length is unknown: ask for what is on screen.
    // An empty list still has a page 0, re-asked for when indexing adds records.
    const total = l.known ? Math.max(l.total, 1) : end + 1;
    for (const page of l.cache.missing(start, end, total, l.inFlight)) fetchPage(page);
  }, [fetchPage]);

  const ensure = useCallback(
    (start: number, end: number) => {
      live.current.range = [start, end];
      // Not a debounce: a continuous scroll must still get rows, so a pending fetch is left to run.
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        fetchRange();
      }, FETCH_DELAY_MS);
    },
    [fetchRange],
  );

  // A new dataset, query or sort starts a new generation: answers to the old one are dropped.
  useEffect(() => {
    const l = live.current;
    l.gen++;
    l.cache = new PageCache(PAGE_SIZE, MAX_PAGES);
    l.inFlight = new Set();
    l.known = false;
    // A new list starts at its top (the list restores a remembered offset itself, asking again).
    l.range = [0, 60];
    setState((s) => ({ ...s, loading: true, error: null, version: s.version + 1 }));
    fetchRange();
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [fetchRange]);

  const refresh = useRef(throttle(() => undefined, REFRESH_MS));
  useEffect(() => {
    refresh.current = throttle(() => {
      live.current.cache.markStale();
      fetchRange();
    }, REFRESH_MS);
    return () => refresh.current.cancel();
  }, [fetchRange]);

  const firstToken = useRef(refreshToken);
  useEffect(() => {
    if (firstToken.current === refreshToken) return;
    firstToken.current = refreshToken;
    refresh.current();
  }, [refreshToken]);

  const rowAt = useCallback((position: number) => live.current.cache.rowAt(position), []);
  const positionOf = useCallback((index: number) => live.current.cache.positionOf(index), []);
  const locate = useCallback(
    (index: number) => (datasetId ? api.request('dataset:position', { datasetId, query, sort, index }).catch(() => null) : Promise.resolve(null)),
    [datasetId, query, sort],
  );
  return { ...state, rowAt, ensure, positionOf, locate };
}
