import { memo } from 'react';
import type { SampleRow } from '../../../../shared/contract';
import { formatCompact } from '../dataset/format';

interface RowProps {
  row: SampleRow | undefined;
  position: number;
  selected: boolean;
  top: number;
  height: number;
  onSelect(row: SampleRow, position: number): void;
}

function PassBadge({ passed }: { passed: boolean | null }) {
  // Text as well as colour, so the state reads without colour vision.
  if (passed === true) return <span className="badge badge-pass" title="Fixed program passed its tests" aria-label="passed">✓</span>;
  if (passed === false) return <span className="badge badge-fail" title="Fixed program failed its tests" aria-label="failed">✗</span>;
  return <span className="badge badge-unknown" title="No test outcome recorded" aria-label="outcome unknown">?</span>;
}

function GroundingBadge({ g, hasRationale }: { g: NonNullable<SampleRow['grounding']>; hasRationale: boolean }) {
  const title = `Rationale claims: ${g.consistent} consistent, ${g.contradicted} contradicted, ${g.unverifiable} unverifiable`;
  if (g.contradicted > 0) return <span className="badge badge-fail" title={title} data-testid="grounding-badge">✗{g.contradicted}</span>;
  if (g.consistent > 0) return <span className="badge badge-grounded" title={title} data-testid="grounding-badge">✓{g.consistent}</span>;
  // Nothing confirmed: a green "✓0" would read as a pass. Say what there is instead.
  if (g.unverifiable > 0) return <span className="badge badge-unknown" title={title} data-testid="grounding-badge">~{g.unverifiable}</span>;
  if (!hasRationale) return null; // nothing to check: an empty cell, like the chars column's 0
  const none = 'No claims about the execution found in the rationale';
  return <span className="badge badge-none" title={none} aria-label={none} data-testid="grounding-badge">–</span>;
}

/** One line of the sample list; rows not fetched yet show a placeholder of the same height. */
export const SampleListRow = memo(function SampleListRow({ row, position, selected, top, height, onSelect }: RowProps) {
  const style = { transform: `translateY(${top}px)`, height };
  if (!row) {
    return <div className="sample-row sample-row-pending" style={style} aria-hidden="true" data-position={position} />;
  }
  return (
    <div
      className="sample-row"
      role="option"
      id={`sample-option-${row.index}`}
      aria-selected={selected}
      style={style}
      data-testid={`sample-row-${row.index}`}
      data-position={position}
      onClick={() => onSelect(row, position)}
    >
      <span className="sample-problem mono" title={row.problem_id}>
        {/* Ids share prefixes (humaneval/…): when cut, the ellipsis goes at the start so the distinguishing end stays. */}
        <bdi>{row.problem_id}</bdi>
      </span>
      <span className="sample-meta" title={`split ${row.split} · iteration ${row.iteration} · sample ${row.sample_index}${row.model ? ` · ${row.model}` : ''}`}>
        <span className="sample-split">{row.split}</span> it{row.iteration} #{row.sample_index}
      </span>
      <PassBadge passed={row.passed} />
      <span className="sample-chars" title={`${row.rationaleChars.toLocaleString('en-US')} characters of rationale`}>
        {formatCompact(row.rationaleChars)}
      </span>
      {row.grounding && (
        <span className="sample-grounding">
          <GroundingBadge g={row.grounding} hasRationale={row.rationaleChars > 0} />
        </span>
      )}
    </div>
  );
});
