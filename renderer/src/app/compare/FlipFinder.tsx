import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { FlipKind } from '../../../../shared/contract';
import { fmtPct, fmtPp } from '../../../../shared/analysis/format';
import { IterationSelect } from './IterationSelect';
import { useCompareStore } from './compareStore';
import { flipOrders, kindLabels, type FlipOrder } from './flipSort';
import { useRequest } from '../dataset/useRequest';
import { useDashboardStore } from '../dashboard/dashboardStore';

interface FlipFinderProps {
  datasetId: string;
  iterations: number[];
  splits: string[];
  onOpen(problemId: string): void;
  activeProblem: string | null;
}

const kinds = Object.keys(kindLabels) as FlipKind[];

/** Problems whose pass rate changed between two iterations; one click opens the problem. */
export function FlipFinder({ datasetId, iterations, splits, onOpen, activeProblem }: FlipFinderProps) {
  const { from, to, split, kinds: shownKinds, order, flipScroll, set } = useCompareStore();
  const shown = useMemo(() => new Set(shownKinds), [shownKinds]);
  // The summary (and so the iteration list) may arrive after the first render;
  // a stored choice that this dataset does not have falls back to first/last.
  useEffect(() => {
    if (!iterations.length) return;
    if (from === null || !iterations.includes(from)) set({ from: iterations[0]! });
    if (to === null || !iterations.includes(to)) set({ to: iterations.at(-1)! });
  }, [iterations, from, to, set]);
  // Kinds and order go to the backend, so that the limit keeps the right problems.
  // The dashboard's filter (e.g. one model) applies here too, so the flips match the figures just read.
  const filter = useDashboardStore((s) => s.filter);
  const clearFilter = useDashboardStore((s) => s.setFilter);
  const args = from !== null && to !== null && from !== to ? { datasetId, from, to, split, kinds: shownKinds, order, limit: 5000, query: filter } : null;
  const { data, error, loading } = useRequest('analysis:flips', args);
  const rows = data?.flips ?? [];

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 30,
    overscan: 10,
    initialRect: { width: 320, height: 480 },
    initialOffset: flipScroll,
  });
  // Remember where the list was scrolled, for the return from another tab.
  useEffect(() => {
    const el = scroller.current;
    return () => {
      if (el) useCompareStore.getState().set({ flipScroll: el.scrollTop });
    };
  }, []);

  const toggle = (k: FlipKind) => set({ kinds: shown.has(k) ? shownKinds.filter((x) => x !== k) : [...shownKinds, k] });

  return (
    <section className="flip-finder" data-testid="flip-finder" aria-label="Flip finder">
      <h2>Flip finder</h2>
      <div className="flip-controls">
        <IterationSelect label="From" iterations={iterations} value={from} onChange={(v) => set({ from: v })} testId="flip-from" />
        <IterationSelect label="To" iterations={iterations} value={to} onChange={(v) => set({ to: v })} testId="flip-to" />
        {splits.length > 1 && (
          <label>
            Split{' '}
            <select value={split ?? ''} onChange={(e) => set({ split: e.target.value || null })}>
              <option value="">all</option>
              {splits.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          Sort{' '}
          <select value={order} onChange={(e) => set({ order: e.target.value as FlipOrder })} data-testid="flip-sort">
            {flipOrders.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {filter && (
        <p className="flip-filter" data-testid="flip-filter">
          Only samples matching <code>{filter}</code> (the dashboard&apos;s filter){' '}
          <button type="button" onClick={() => clearFilter('')}>
            Show all
          </button>
        </p>
      )}
      {iterations.length >= 2 && from !== null && from === to && <p className="muted">Choose two different iterations.</p>}
      {iterations.length < 2 && <p className="muted">The dataset has fewer than two iterations: nothing to compare.</p>}
      {error && <p className="error-text">{error}</p>}
      {data && (
        <div className="flip-counts" data-testid="flip-counts">
          {kinds.map((k) => (
            <label key={k} className={`flip-kind flip-${k}`}>
              <input type="checkbox" checked={shown.has(k)} onChange={() => toggle(k)} /> {kindLabels[k]} <strong>{data.counts[k]}</strong>
            </label>
          ))}
          <span className="muted">
            {data.counts.unchanged} unchanged · {data.compared} compared · {data.counts.onlyInFrom} only in iter {data.from} · {data.counts.onlyInTo} only in
            iter {data.to}
          </span>
        </div>
      )}
      <div ref={scroller} className="flip-list" role="list" aria-busy={loading}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const f = rows[item.index]!;
            return (
              <button
                key={`${f.split}:${f.problem_id}`}
                role="listitem"
                type="button"
                className={`flip-row flip-${f.kind}`}
                aria-current={f.problem_id === activeProblem}
                data-testid={`flip-row-${f.problem_id}`}
                style={{ position: 'absolute', top: item.start, height: item.size, left: 0, right: 0 }}
                onClick={() => onOpen(f.problem_id)}
                title={`${f.split} · ${f.from.passed}/${f.from.samples} → ${f.to.passed}/${f.to.samples} samples passing`}
              >
                <span className="flip-id">{f.problem_id}</span>
                <span className="muted">
                  {fmtPct(f.from.rate, 0)} → {fmtPct(f.to.rate, 0)}
                </span>
                <strong>{fmtPp(f.delta, 0)}</strong>
              </button>
            );
          })}
        </div>
        {data && rows.length === 0 && <p className="muted">No problem changed in the chosen categories.</p>}
      </div>
      {data && data.total > data.flips.length && (
        <p className="muted">
          Showing the {data.flips.length.toLocaleString('en-US')} largest of {data.total.toLocaleString('en-US')} changes.
        </p>
      )}
    </section>
  );
}
