import { useCallback, useMemo, useState } from 'react';
import { findMentions } from '../../../../../shared/grounding/mentions';
import type { TraceFacts } from '../../../../../shared/grounding/traceFacts';
import type { GroundingSummary as Summary, TestStep } from '../../../../../shared/grounding/types';
import { useViewStore } from '../../state/viewStore';
import { useFocusStore } from './focusStore';
import { GroundingSummary } from './GroundingSummary';
import { MissingNote } from './MissingNote';
import { RationaleMarkdown, type MarkHandlers } from './RationaleMarkdown';
import { buildMarks, cutPoint, linesAndStep, type RationaleMark } from './rationaleModel';

/** Longer rationales are cut here (at a paragraph break) until the user asks for all of it. */
export const RATIONALE_PREVIEW_CHARS = 20_000;

export interface RationalePaneProps {
  rationale: string;
  grounding: Summary;
  facts: TraceFacts | null;
  /** Blind mode: no verdicts, no summary (mentions stay linked). */
  blind?: boolean;
  /**
   * Moves the cursor to a claim's or mention's step. Steps count within their
   * test, so only the view knows where one lies on the timeline shown; the
   * default suits a trace with one test.
   */
  onJump?: (candidates: readonly TestStep[]) => void;
}

export function RationalePane({ rationale, grounding, facts, blind = false, onJump }: RationalePaneProps) {
  const [showAll, setShowAll] = useState(false);
  const setFocus = useFocusStore((s) => s.setFocus);
  const setStep = useViewStore((s) => s.setStep);
  const jump = useMemo(() => onJump ?? ((at: readonly TestStep[]) => setStep(at[0]!.step)), [onJump, setStep]);
  const limit = showAll ? rationale.length : cutPoint(rationale, RATIONALE_PREVIEW_CHARS);
  const shown = limit < rationale.length ? rationale.slice(0, limit) : rationale;
  const testSources = useMemo(() => facts?.tests.map((t) => t.source), [facts]);
  const marks = useMemo(() => buildMarks(blind ? [] : grounding.claims, findMentions(shown, facts), limit), [grounding, shown, facts, limit, blind]);

  const handlers = useMemo<MarkHandlers>(
    () => ({
      onHover(mark: RationaleMark | null) {
        if (!mark) return setFocus(null);
        const { lines, step } = linesAndStep(mark);
        setFocus({ lines, step });
      },
      onClick(mark: RationaleMark) {
        const { lines, step, candidates } = linesAndStep(mark);
        setFocus({ lines, step });
        if (candidates.length > 0) jump(candidates);
      },
    }),
    [setFocus, jump],
  );
  const pickClaim = useCallback(
    (i: number) => {
      const claim = grounding.claims[i];
      if (claim?.steps?.length) jump(claim.steps);
      document.querySelector(`[data-testid="claim-${i}"]`)?.scrollIntoView?.({ block: 'center' });
    },
    [grounding, jump],
  );

  if (!rationale.trim()) {
    return (
      <section className="detail-pane rationale-pane" data-testid="rationale-pane" aria-label="Rationale">
        <header className="pane-header">
          <h3>Rationale</h3>
        </header>
        <MissingNote testId="rationale-missing">This sample has no rationale.</MissingNote>
      </section>
    );
  }
  return (
    <section className="detail-pane rationale-pane" data-testid="rationale-pane" aria-label="Rationale">
      <header className="pane-header">
        <h3>Rationale</h3>
        <span className="pane-sub">{rationale.length.toLocaleString()} characters</span>
      </header>
      {!blind && <GroundingSummary summary={grounding} hasTrace={facts !== null} onPick={pickClaim} />}
      <div className="rationale-body">
        <RationaleMarkdown source={shown} marks={marks} handlers={handlers} testSources={testSources} />
      </div>
      {limit < rationale.length && (
        <div className="rationale-more">
          <span>
            Showing {limit.toLocaleString()} of {rationale.length.toLocaleString()} characters.
          </span>{' '}
          <button type="button" data-testid="rationale-show-all" onClick={() => setShowAll(true)}>
            Show all
          </button>
        </div>
      )}
    </section>
  );
}
