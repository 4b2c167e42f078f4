import type { SortField } from '../dataset/list/listStore';
import { useListStore } from '../dataset/list/listStore';

const labels: Record<SortField, string> = {
  index: 'File order',
  problem_id: 'Problem',
  split: 'Split',
  iteration: 'Iteration',
  sample_index: 'Sample #',
  passed: 'Outcome',
  rationaleChars: 'Rationale length',
  contradicted: 'Contradicted claims',
};

/** Sort field and direction of the sample list. */
export function SampleListSortMenu() {
  const sort = useListStore((s) => s.sort);
  const setSort = useListStore((s) => s.setSort);
  return (
    <span className="sort-menu">
      <select
        aria-label="Sort samples by"
        data-testid="sort-field"
        value={sort.field}
        onChange={(e) => setSort({ ...sort, field: e.target.value as SortField })}
      >
        {(Object.keys(labels) as SortField[]).map((f) => (
          <option key={f} value={f}>
            {labels[f]}
          </option>
        ))}
      </select>
      <button
        className="sort-dir"
        data-testid="sort-dir"
        aria-label={sort.dir === 'asc' ? 'Ascending; switch to descending' : 'Descending; switch to ascending'}
        title={sort.dir === 'asc' ? 'Ascending' : 'Descending'}
        onClick={() => setSort({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })}
      >
        {sort.dir === 'asc' ? '↑' : '↓'}
      </button>
    </span>
  );
}
