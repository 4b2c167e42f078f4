import { TraceTimeline, VariablesPanel } from '../../trace';
import type { TestTrace } from '../../../../../shared/trace/types';

export interface TracePanelProps {
  trace: TestTrace;
  lineCount: number;
  codeLines: readonly string[];
  step: number | null;
  onStepChange(step: number): void;
  highlightedLine: number | null;
}

/** The timeline of the chosen test under the code, with the variables at the cursor beside it. */
export function TracePanel({ trace, lineCount, codeLines, step, onStepChange, highlightedLine }: TracePanelProps) {
  return (
    <div className="trace-panel" data-testid="trace-panel">
      <div className="trace-panel-timeline">
        <TraceTimeline trace={trace} lineCount={lineCount} codeLines={codeLines} step={step} onStepChange={onStepChange} highlightedLine={highlightedLine} />
      </div>
      <div className="trace-panel-vars">
        <VariablesPanel trace={trace} step={step} />
      </div>
    </div>
  );
}
