import { Popover } from '../../components/Popover';
import { facetValues } from '../dataset/query/completions';
import { getFilter, setFilter } from '../dataset/query/queryText';
import { useDatasetStore } from '../dataset/datasetStore';
import { useViewStore } from '../state/viewStore';

const groups: { key: string; title: string; label(value: string): string }[] = [
  { key: 'split', title: 'Split', label: (v) => v },
  { key: 'iter', title: 'Iteration', label: (v) => `iter ${v}` },
  { key: 'passed', title: 'Outcome', label: (v) => (v === 'true' ? 'passed' : v === 'false' ? 'failed' : 'unknown') },
  { key: 'model', title: 'Model', label: (v) => v },
];

/**
 * One chip per facet (split, iteration, outcome, model) that drops down its
 * values with counts. Choosing a value edits the query text (`split:dev`),
 * so the search bar stays the single source of the filter; the chip shows
 * the active value. One line even for a run with dozens of models.
 */
export function FacetChips() {
  const facets = useDatasetStore((s) => s.summary?.facets ?? null);
  const query = useViewStore((s) => s.query);
  const setView = useViewStore((s) => s.set);
  if (!facets) return null;

  return (
    <>
      {groups.map((g) => {
        const values = facetValues(g.key, facets).filter((v) => v.count !== 0);
        const active = getFilter(query, g.key);
        // A facet with one value filters nothing, unless a query already uses it.
        if (values.length < 2 && active === null) return null;
        const choose = (value: string | null) => setView({ query: setFilter(query, g.key, value) });
        return (
          <Popover
            key={g.key}
            label={active === null ? `${g.title} ▾` : `${g.title}: ${g.label(active)} ▾`}
            ariaLabel={`Filter by ${g.title.toLowerCase()}`}
            testId={`facet-${g.key}`}
            className={`facet-chip${active === null ? '' : ' facet-active'}`}
          >
            {(close) => (
              <ul className="facet-menu" role="menu">
                <li>
                  <button role="menuitemradio" aria-checked={active === null} onClick={() => (choose(null), close())}>
                    any
                  </button>
                </li>
                {values.map((v) => (
                  <li key={v.value}>
                    <button
                      role="menuitemradio"
                      aria-checked={active === v.value}
                      data-testid={`facet-${g.key}-${v.value}`}
                      onClick={() => (choose(active === v.value ? null : v.value), close())}
                    >
                      <span>{g.label(v.value)}</span>
                      {v.count !== null && <span className="facet-count">{v.count.toLocaleString('en-US')}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Popover>
        );
      })}
    </>
  );
}
