import { useState } from 'react';
import { facetValues } from '../dataset/query/completions';
import { getFilter, toggleFilter } from '../dataset/query/queryText';
import { useDatasetStore } from '../dataset/datasetStore';
import { useViewStore } from '../state/viewStore';

const groups: { key: string; title: string; label(value: string): string }[] = [
  { key: 'split', title: 'Split', label: (v) => v },
  { key: 'iter', title: 'Iteration', label: (v) => `iter ${v}` },
  { key: 'passed', title: 'Outcome', label: (v) => (v === 'true' ? 'passed' : 'failed') },
  { key: 'model', title: 'Model', label: (v) => v },
];

/** Chips beyond this many per group hide behind "+N more" so the bar stays one or two lines. */
const SHOWN = 6;

/**
 * One chip per facet value with its count; choosing a chip edits the query
 * text (`split:dev`), so the search bar stays the single source of the filter.
 */
export function FacetChips() {
  const facets = useDatasetStore((s) => s.summary?.facets ?? null);
  const query = useViewStore((s) => s.query);
  const setView = useViewStore((s) => s.set);
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  if (!facets) return null;

  return (
    <div className="facet-chips" data-testid="facet-chips">
      {groups.map((g) => {
        const values = facetValues(g.key, facets).filter((v) => v.count !== 0);
        // A facet with one value filters nothing; keep the bar for real choices.
        if (values.length < 2) return null;
        const active = getFilter(query, g.key);
        const shown = expanded[g.key] ? values : values.slice(0, SHOWN);
        return (
          <div className="facet-group" role="group" aria-label={g.title} key={g.key}>
            <span className="facet-title">{g.title}</span>
            {shown.map((v) => (
              <button
                key={v.value}
                className="facet-chip"
                aria-pressed={active === v.value}
                data-testid={`facet-${g.key}-${v.value}`}
                onClick={() => setView({ query: toggleFilter(query, g.key, v.value) })}
              >
                {g.label(v.value)}
                {v.count !== null && <span className="facet-count">{v.count.toLocaleString('en-US')}</span>}
              </button>
            ))}
            {values.length > SHOWN && (
              <button className="facet-more" onClick={() => setExpanded((e) => ({ ...e, [g.key]: !e[g.key] }))}>
                {expanded[g.key] ? 'fewer' : `+${values.length - SHOWN} more`}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
