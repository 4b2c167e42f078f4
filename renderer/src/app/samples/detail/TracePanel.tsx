import { TraceTimeline, VariablesPanel } from '../../trace';
import type { TestBoundary } from '../../../../../shared/trace/cursor';
import type { TestTrace } from '../../../../../shared/trace/types';

export interface TracePanelProps {
  trace: TestTrace;
  /** Where each test starts, when several share the timeline. */
  boundaries?: readonly TestBoundary[] | undefined;
  lineCount: number;
  step: number | null;
  onStepChange(step: number): void;
  highlightedLine: number | null;
  /** The step a hovered rationale mention points at, marked without moving the cursor. */
  previewStep?: number | null;
}

/** The timeline of the chosen test under the code, with the variables at the cursor beside it. */
export function TracePanel({ trace, boundaries, lineCount, step, onStepChange, highlightedLine, previewStep = null }: TracePanelProps) {
  return (
    <div className="trace-panel" data-testid="trace-panel">
      <div className="trace-panel-timeline">
        {/* Rows are labelled by line number only: the code itself is right above, and the plot keeps the width. */}
        <TraceTimeline trace={trace} {...(boundaries ? { boundaries } : {})} lineCount={lineCount} step={step} onStepChange={onStepChange} highlightedLine={highlightedLine} previewStep={previewStep} />
      </div>
      <div className="trace-panel-vars">
        <VariablesPanel trace={trace} step={step} />
      </div>
    </div>
  );
}
