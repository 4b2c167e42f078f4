import { useEffect, useState } from 'react';
import { useViewStore } from '../state/viewStore';
import { useDashboardStore } from './dashboardStore';

/** Restricts every figure to the samples of a query, e.g. one model: `model:codellama-7b`. */
export function DashboardFilter({ error }: { error: string | null }) {
  const filter = useDashboardStore((s) => s.filter);
  const setFilter = useDashboardStore((s) => s.setFilter);
  const listQuery = useViewStore((s) => s.query);
  const [draft, setDraft] = useState(filter);
  useEffect(() => setDraft(filter), [filter]);
  return (
    <form
      className="dashboard-filter"
      onSubmit={(e) => {
        e.preventDefault();
        setFilter(draft);
      }}
    >
      <label>
        Only samples matching{' '}
        <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="e.g. model:codellama-7b -split:broken" data-testid="dashboard-filter" />
      </label>
      <button type="submit">Apply</button>
      {filter && (
        <button type="button" onClick={() => setFilter('')}>
          Show all
        </button>
      )}
      {listQuery && listQuery !== filter && (
        <button type="button" onClick={() => setFilter(listQuery)} title={listQuery}>
          Use the sample list's query
        </button>
      )}
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
