import { groundingSentence } from '../../../../../shared/grounding/ground';
import type { GroundingSummary as Summary } from '../../../../../shared/grounding/types';

/** "7 claims: 5 consistent, 1 contradicted, 1 unverifiable", with the contradictions spelled out. */
export function GroundingSummary({ summary, hasTrace, onPick }: { summary: Summary; hasTrace: boolean; onPick(claimIndex: number): void }) {
  const contradicted = summary.claims.map((c, i) => [c, i] as const).filter(([c]) => c.verdict === 'contradicted');
  return (
    <div className="grounding-summary" data-testid="grounding-summary">
      <span className="grounding-sentence">{groundingSentence(summary)}</span>
      {!hasTrace && summary.claims.length > 0 && <span className="grounding-note"> — no trace to check them against</span>}
      {contradicted.length > 0 && (
        <ul className="grounding-contradictions">
          {contradicted.map(([c, i]) => (
            <li key={i}>
              <button type="button" className="linkish" onClick={() => onPick(i)}>
                “{c.text}”
              </button>{' '}
              <span className="grounding-reason">{c.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
