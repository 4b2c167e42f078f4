import { Popover } from '../../components/Popover';
import type { SortField } from '../dataset/list/listStore';
import { defaultSort, useListStore } from '../dataset/list/listStore';

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

/** Sort field and direction of the sample list, as a chip beside the facets. */
export function SampleListSortMenu() {
  const sort = useListStore((s) => s.sort);
  const setSort = useListStore((s) => s.setSort);
  const isDefault = sort.field === defaultSort.field && sort.dir === defaultSort.dir;
  return (
    <Popover
      label={`⇅ ${labels[sort.field]}${sort.dir === 'desc' ? ' ↓' : ''}`}
      ariaLabel="Sort samples"
      testId="sort-menu"
      align="end"
      className={`facet-chip sort-chip${isDefault ? '' : ' facet-active'}`}
    >
      <div className="sort-menu">
        <select aria-label="Sort samples by" data-testid="sort-field" value={sort.field} onChange={(e) => setSort({ ...sort, field: e.target.value as SortField })}>
          {(Object.keys(labels) as SortField[]).map((f) => (
            <option key={f} value={f}>
              {labels[f]}
            </option>
          ))}
        </select>
        <button data-testid="sort-dir" aria-pressed={sort.dir === 'desc'} onClick={() => setSort({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })}>
          {sort.dir === 'asc' ? '↑ ascending' : '↓ descending'}
        </button>
      </div>
    </Popover>
  );
}
