import { useMemo, useState } from 'react';
import type { AgreementCI } from '../../../../shared/annotation/agreement/bootstrap';
import type { DimensionAgreement } from '../../../../shared/annotation/agreement/byDimension';
import type { Rubric } from '../../../../shared/annotation/rubric';
import { useActiveRubric, useDatasetLabels } from './useAnnotationData';
import { useAgreement } from './worker/useAgreement';

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : v.toFixed(3));
const CI_OPTIONS = { resamples: 1000, seed: 1, level: 0.95 };

function Interval({ ci }: { ci: AgreementCI | null | undefined }) {
  if (ci === undefined) return null;
  return <div className="annotation-note">{ci ? `[${ci.lo.toFixed(3)}, ${ci.hi.toFixed(3)}]` : '[n/a]'}</div>;
}

/**
 * Inter-annotator agreement per rubric dimension for a dataset's labels
 * (active rubric version unless one is given): Cohen's kappa for a pair,
 * Fleiss' kappa over samples every annotator rated, Krippendorff's alpha
 * (nominal, and ordinal for ordinal dimensions), each with its item count.
 * Computed in the annotation worker (bootstrap intervals over 100,000 labels
 * take seconds); the last result stays on screen while a newer one is computed.
 */
export function AgreementTable({ datasetId, rubric: given }: { datasetId: string; rubric?: Rubric }) {
  const labels = useDatasetLabels(datasetId);
  const active = useActiveRubric();
  const rubric = given ?? active;
  const annotators = useMemo(() => [...new Set(labels.map((l) => l.annotator))].sort(), [labels]);
  const [pair, setPair] = useState<[string, string] | undefined>(undefined);
  const [withCI, setWithCI] = useState(false);
  const { rows, percent, error } = useAgreement(labels, rubric, pair, withCI ? CI_OPTIONS : undefined);
  if (!rubric) return <div data-testid="agreement-table">No rubric chosen.</div>;
  return (
    <div data-testid="agreement-table">
      <label className="labels-row">
        <input type="checkbox" data-testid="agreement-ci" checked={withCI} onChange={(e) => setWithCI(e.target.checked)} />
        95% bootstrap intervals (1,000 resamples of samples, seed 1)
      </label>
      {annotators.length > 2 && (
        <div className="labels-row">
          Cohen pair:
          <PairPicker annotators={annotators} pair={pair ?? rows?.[0]?.cohen?.pair} onChange={setPair} />
        </div>
      )}
      {annotators.length < 2 ? (
        <p>Agreement needs labels from at least two annotators on the same samples ({annotators.length} annotator so far).</p>
      ) : (
        rows && <AgreementRows rows={rows} stale={percent !== null} />
      )}
      {percent !== null && (
        <p role="status" className="annotation-note" data-testid="agreement-progress">
          Computing agreement… {percent}%
        </p>
      )}
      {error && (
        <p role="alert" data-testid="agreement-error">
          Agreement could not be computed: {error}
        </p>
      )}
      <p className="annotation-note">
        Rubric {rubric.id} v{rubric.version}. Items: samples with two or more ratings. Fleiss: samples rated by all {annotators.length} annotators. n/a: undefined (no variation or no shared items).
      </p>
    </div>
  );
}

/** `stale`: the figures are for the labels as they were; newer ones are being computed. */
function AgreementRows({ rows, stale }: { rows: DimensionAgreement[]; stale: boolean }) {
  return (
    <table className="labels-table" aria-busy={stale} style={stale ? { opacity: 0.5 } : undefined}>
      <thead>
        <tr>
          <th>Dimension</th>
          <th>Items</th>
          <th>Cohen κ (pair, items)</th>
          <th>Fleiss κ (items)</th>
          <th>α nominal</th>
          <th>α ordinal</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.dimension} data-testid={`agreement-row-${r.dimension}`}>
            <td title={r.dimension}>{r.label}</td>
            <td className="num">{r.items}</td>
            <td className="num">
              {fmt(r.cohen?.kappa)} {r.cohen && <span className="annotation-note">({r.cohen.pair.join(' / ')}, {r.cohen.items})</span>}
              <Interval ci={r.ci?.cohen} />
            </td>
            <td className="num">
              {fmt(r.fleiss?.kappa)} <span className="annotation-note">({r.fleiss?.items ?? 0})</span>
              <Interval ci={r.ci?.fleiss} />
            </td>
            <td className="num">
              {fmt(r.alphaNominal.alpha)}
              <Interval ci={r.ci?.alphaNominal} />
            </td>
            <td className="num">
              {r.alphaOrdinal ? fmt(r.alphaOrdinal.alpha) : '—'}
              {r.alphaOrdinal && <Interval ci={r.ci?.alphaOrdinal} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PairPicker({ annotators, pair, onChange }: { annotators: string[]; pair?: [string, string]; onChange(p: [string, string]): void }) {
  const [a, b] = pair ?? [annotators[0]!, annotators[1]!];
  return (
    <>
      <select aria-label="First annotator" value={a} onChange={(e) => onChange([e.target.value, b])}>
        {annotators.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
      <select aria-label="Second annotator" value={b} onChange={(e) => onChange([a, e.target.value])}>
        {annotators.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
    </>
  );
}
