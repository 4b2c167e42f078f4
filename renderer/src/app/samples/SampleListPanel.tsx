import { useDatasetStore } from '../dataset/datasetStore';
import { listKey, useListStore } from '../dataset/list/listStore';
import { useSamplePages } from '../dataset/list/useSamplePages';
import { useViewStore } from '../state/viewStore';
import { FacetChips } from './FacetChips';
import { SampleList } from './SampleList';
import { SampleListFooter } from './SampleListFooter';
import { SampleListSortMenu } from './SampleListSortMenu';
import { SearchBar } from './SearchBar';
import './SampleListPanel.css';

function emptyMessage(query: string, indexing: boolean): string {
  if (indexing) return query.trim() ? 'No matching samples yet — still indexing…' : 'No samples yet — still indexing…';
  // An empty dataset is usually unreadable lines or unrecognised fields: the top bar says which.
  return query.trim() ? 'No samples match this search.' : 'This dataset has no readable samples (see the top bar for skipped lines).';
}

/**
 * The left column of the samples view: search bar, facet chips, the
 * virtualized sample list and its counts. Selection goes to
 * `useViewStore.selectSample`; `j`/`k` and ↓/↑ move it.
 */
export function SampleListPanel() {
  const datasetId = useViewStore((s) => s.datasetId);
  const query = useViewStore((s) => s.query);
  const sort = useListStore((s) => s.sort);
  const summary = useDatasetStore((s) => s.summary);
  const labelsVersion = useDatasetStore((s) => (datasetId ? (s.labels[datasetId]?.version ?? 0) : 0));
  const key = listKey(datasetId, query, sort);
  // Re-query as the index grows or is rebuilt, and when labels change under a `label:` filter; the hook throttles it.
  const labelPart = /(^|[\s-])label:/i.test(query) ? `:${labelsVersion}` : '';
  const refreshToken = summary && summary.id === datasetId ? `${summary.state}:${summary.records}:${summary.revision ?? 0}${labelPart}` : '';
  const pages = useSamplePages({ key, datasetId, query, sort, refreshToken });

  if (!datasetId) {
    return (
      <section className="sample-list-panel" data-testid="sample-list-panel">
        <p className="sample-list-empty">Open a dataset to see its samples.</p>
      </section>
    );
  }
  const empty = !pages.loading && pages.total === 0;
  return (
    <section className="sample-list-panel" data-testid="sample-list-panel">
      <div className="sample-list-toolbar">
        <SearchBar queryError={pages.queryError} />
      </div>
      <div className="facet-chips" data-testid="facet-chips">
        <FacetChips />
        <SampleListSortMenu />
      </div>
      {empty ? (
        <p className="sample-list-empty" data-testid="sample-list-empty">
          {emptyMessage(query, pages.indexing || summary?.state === 'indexing')}
        </p>
      ) : (
        <SampleList pages={pages} scrollKey={key} />
      )}
      <SampleListFooter
        shown={pages.total}
        records={summary?.records ?? pages.total}
        filtered={query.trim() !== '' && !pages.queryError}
        indexing={pages.indexing}
        loading={pages.loading && pages.loadedKey === null}
        error={pages.error}
      />
    </section>
  );
}
