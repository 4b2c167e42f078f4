import { useEffect, useState } from 'react';
import { fmtInterval, fmtNum, fmtP, fmtPct, fmtPp } from '../../../../shared/analysis/format';
import type { FlipKind } from '../../../../shared/contract';
import { IterationSelect } from '../compare/IterationSelect';
import { useCompareStore } from '../compare/compareStore';
import { useViewStore } from '../state/viewStore';
import { useRequest } from '../dataset/useRequest';

const problems = (n: number) => `${fmtNum(n)} problem${n === 1 ? '' : 's'}`;

interface PairedComparisonProps {
  datasetId: string;
  iterations: number[];
  splits: string[];
  /** The dashboard's filter: pairs only the matching samples. */
  query?: string;
}

/**
 * Iteration b against iteration a on the same problems: mean change in
 * per-problem pass rate with a seeded bootstrap CI over problems, the number
 * of problems improved / regressed / unchanged, and an exact sign test.
 */
export function PairedComparison({ datasetId, iterations, splits, query = '' }: PairedComparisonProps) {
  const [a, setA] = useState<number | null>(iterations[0] ?? null);
  const [b, setB] = useState<number | null>(iterations.at(-1) ?? null);
  const [split, setSplit] = useState<string | null>(null);
  const [seed, setSeed] = useState(1);
  useEffect(() => {
    if (a === null && iterations.length) setA(iterations[0]!);
    if (b === null && iterations.length) setB(iterations.at(-1)!);
  }, [iterations, a, b]);
  const args = a !== null && b !== null && a !== b ? { datasetId, a, b, split, seed, resamples: 2000, query } : null;
  const { data, error, loading } = useRequest('analysis:paired', args);
  // The problems behind a count: the flip finder of the Problem tab, set to these iterations.
  const openFlips = (kinds: FlipKind[]) => {
    useCompareStore.getState().set({ from: a, to: b, split, kinds, flipScroll: 0 });
    useViewStore.getState().openTab('problem');
  };

  return (
    <section className="chart-card paired" data-testid="paired-comparison" aria-label="Paired comparison">
      <header className="chart-header">
        <div>
          <h3>Paired comparison</h3>
          <div className="chart-subtitle">Change in per-problem pass rate on the problems present in both iterations</div>
        </div>
        {/* One iteration leaves nothing to choose. */}
        {iterations.length >= 2 && (
          <div className="chart-actions">
            <IterationSelect label="A" iterations={iterations} value={a} onChange={setA} testId="paired-a" />
            <IterationSelect label="B" iterations={iterations} value={b} onChange={setB} testId="paired-b" />
            {splits.length > 1 && (
              <label>
                Split{' '}
                <select value={split ?? ''} onChange={(e) => setSplit(e.target.value || null)}>
                  <option value="">all</option>
                  {splits.map((s) => (
                    <option key={s}>{s}</option>
                  ))}
                </select>
              </label>
            )}
            <label title="Seed of the bootstrap resampling: the same seed gives the same interval">
              Seed <input type="number" min={0} value={seed} onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))} className="seed-input" />
            </label>
          </div>
        )}
      </header>
      {iterations.length < 2 && <p className="muted">The dataset has fewer than two iterations: nothing to compare.</p>}
      {/* With one iteration A and B can only be the same: the line above already says why. */}
      {iterations.length >= 2 && a !== null && a === b && <p className="muted">Choose two different iterations.</p>}
      {error && <p className="error-text">{error}</p>}
      {data && (
        <div className="paired-body" aria-busy={loading}>
          {data.pairs === 0 ? (
            <p data-testid="paired-empty">No problem has samples with a test outcome in both iter {data.a} and iter {data.b}.</p>
          ) : (
            <>
              <p className="paired-headline" data-testid="paired-headline">
                iter {data.b} vs iter {data.a}: <strong>{fmtPp(data.meanDiff)}</strong>{' '}
                {data.ci ? (
                  <span>
                    (95% CI {fmtInterval(data.ci.lo, data.ci.hi, (v) => fmtPp(v))})
                  </span>
                ) : (
                  <span className="muted">(no interval from a single problem)</span>
                )}
              </p>
              <p>
                Mean pass rate {fmtPct(data.meanRateA)} → {fmtPct(data.meanRateB)} over {problems(data.pairs)} paired.
              </p>
              <ul className="paired-counts">
                <li className="pass-text">
                  Improved <strong data-testid="paired-improved">{fmtNum(data.improved)}</strong>{' '}
                  <button type="button" className="link-button" onClick={() => openFlips(['fail-to-pass', 'improved'])} data-testid="paired-list-improved">
                    list
                  </button>
                </li>
                <li className="error-text">
                  Regressed <strong data-testid="paired-regressed">{fmtNum(data.regressed)}</strong>{' '}
                  <button type="button" className="link-button" onClick={() => openFlips(['pass-to-fail', 'regressed'])} data-testid="paired-list-regressed">
                    list
                  </button>
                </li>
                <li>
                  Unchanged <strong data-testid="paired-unchanged">{fmtNum(data.unchanged)}</strong>
                </li>
                <li className="muted">Sign test {fmtP(data.signTestP)}</li>
              </ul>
              <p className="muted">
                {data.ci ? `Percentile bootstrap over problems, ${fmtNum(data.ci.resamples)} resamples, seed ${data.ci.seed}. ` : ''}
                {data.onlyInA || data.onlyInB
                  ? `Not paired: ${problems(data.onlyInA)} only in iter ${data.a}, ${problems(data.onlyInB)} only in iter ${data.b}.`
                  : ''}
              </p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
