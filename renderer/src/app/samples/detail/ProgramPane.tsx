import { useCallback, useMemo, useState } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { buildLineIndex, eventIndexAtOrBefore, firstStepOfLine, stepOnTimeline, type TestBoundary } from '../../../../../shared/trace/cursor';
import type { TestTrace } from '../../../../../shared/trace/types';
import { renderNextInline } from '../../../../../shared/trace/next';
import type { SampleModel } from '../../../../../shared/view/sampleModel';
import { layoutStorage } from '../../../components/storedPrefs';
import { CodeView } from '../../code/CodeView';
import { useViewStore } from '../../state/viewStore';
import { useFocusStore } from './focusStore';
import { MissingNote } from './MissingNote';
import { useProgramPrefs } from './programPrefs';
import type { JobLabel } from './onDemandModel';
import { RunTrace } from './RunTrace';
import { TracePanel } from './TracePanel';
import type { OnDemandView } from './useSampleView';

export interface ProgramPaneProps {
  model: SampleModel;
  /** The trace test the timeline shows, or null (no trace). */
  traceIndex: number | null;
  /** "Run & trace" for a record without a trace of its own (null when it has one). */
  onDemand?: OnDemandView | null;
  /** Which program the code pane shows when the record's trace does not say. */
  shownProgram?: JobLabel | null;
  /** Said above the timeline when it shows another test than the chosen one. */
  traceNote?: string | null;
  /** Every test on one timeline ("All tests"), with where each begins. */
  combined?: { trace: TestTrace; boundaries: TestBoundary[] } | null;
  /** False while a hovered claim is about another program's trace than the one shown: its lines and step are not this program's. */
  focusApplies?: boolean;
}

const NO_LINES: ReadonlySet<number> = new Set();

/**
 * The buggy program with line numbers (or, toggled, exactly as the model saw
 * it: with the NExT inline trace comments) above the timeline of the chosen
 * test. The current step's line is highlighted; clicking a line jumps to its
 * first step.
 */
export function ProgramPane({ model, traceIndex, onDemand = null, shownProgram = null, traceNote = null, combined = null, focusApplies = true }: ProgramPaneProps) {
  const modelView = useProgramPrefs((s) => s.modelView);
  const setModelView = useProgramPrefs((s) => s.setModelView);
  // The code line under the pointer, tinted on the timeline too.
  const [hoverLine, setHoverLine] = useState<number | null>(null);
  const step = useViewStore((s) => s.step);
  const setStep = useViewStore((s) => s.setStep);
  const focused = useFocusStore((s) => s.focus);
  const focus = focusApplies ? focused : null;
  const layout = useDefaultLayout({ id: 'tracelens.program', storage: layoutStorage() });

  const test = combined?.trace ?? (model.trace && traceIndex !== null ? (model.trace.tests[traceIndex] ?? null) : null);
  const events = useMemo(() => test?.events ?? [], [test]);
  const lineIndex = useMemo(() => buildLineIndex(events), [events]);
  const canShowInline = model.inline !== null || (model.trace !== null && traceIndex !== null);
  // Rendered only when asked for: a long trace makes a long string.
  const inline = useMemo(() => {
    if (!modelView) return null;
    if (model.inline) return model.inline;
    if (!model.trace || traceIndex === null) return null;
    try {
      return renderNextInline(model.trace, traceIndex);
    } catch {
      return null;
    }
  }, [model, traceIndex, modelView]);
  const at = step === null || events.length === 0 ? -1 : eventIndexAtOrBefore(events, step);
  const currentLine = at >= 0 ? events[at]!.line : null;
  // A hovered claim's step, where it lies on this timeline (none when it is about a test not shown).
  const previewStep = focus?.step ? stepOnTimeline(focus.step, combined?.boundaries, traceIndex) : null;
  const highlighted = useMemo(() => (focus ? new Set(focus.lines) : NO_LINES), [focus]);
  const notes = useMemo(() => {
    const m = new Map<number, string>();
    for (const [line, steps] of lineIndex) if (steps.length > 1) m.set(line, `${steps.length}×`);
    return m;
  }, [lineIndex]);
  // Combined tests all sit on the test lines after the program; their sources are not extra rows.
  const testLines = combined ? 0 : test?.test ? test.test.split('\n').length : 0;
  // Rows for every program and test line, and for any line an event names beyond them (no spread: traces can have 100,000 events).
  const lineCount = useMemo(() => {
    let max = model.program.replace(/\r\n?/g, '\n').split('\n').length + testLines;
    for (const e of events) if (e.line > max) max = e.line;
    return max;
  }, [model.program, testLines, events]);

  const shown = modelView && inline ? inline : model.program;
  // Stable, so that hovering (which re-renders the pane) does not re-render every code line.
  const onLineClick = useCallback(
    (line: number) => {
      const first = firstStepOfLine(lineIndex, line);
      if (first !== null) setStep(first);
    },
    [lineIndex, setStep],
  );

  const referenceNote =
    model.programSource === 'reference' || shownProgram === 'reference'
      ? onDemand?.jobs.some((j) => j.label === 'buggy') ? 'reference solution' : 'reference solution — the record has no buggy code'
      : null;
  const sourceNote = [
    referenceNote,
    shownProgram === 'fixed' ? 'the model’s fix' : null,
    onDemand?.shown ? 'traced here' : null,
  ].filter(Boolean).join(' · ');

  return (
    <section className="detail-pane program-pane" data-testid="program-pane" aria-label="Program">
      <header className="pane-header">
        <h3>Program</h3>
        {/* One line that gives way (ellipsis, full text in the tooltip) rather than wrapping word by word in a narrow pane. */}
        <span className="pane-sub program-source" title={sourceNote}>
          {referenceNote && <span data-testid="program-reference">{referenceNote}</span>}
          {shownProgram === 'fixed' && <span data-testid="program-fixed">the model’s fix</span>}
          {onDemand?.shown && <span data-testid="program-traced-here"> · traced here</span>}
        </span>
        <span className="pane-tools">
          <label title={canShowInline ? 'Show the program with the NExT inline trace comments the model read' : 'This sample has no trace to show inline'}>
            <input type="checkbox" data-testid="model-view-toggle" checked={modelView && canShowInline} disabled={!canShowInline} onChange={(e) => setModelView(e.target.checked)} /> As the model saw it
          </label>
        </span>
      </header>
      {model.traceWarnings.length > 0 && (
        <details className="trace-warnings" data-testid="trace-warnings">
          <summary>
            The trace had {model.traceWarnings.length} problem{model.traceWarnings.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {model.traceWarnings.slice(0, 50).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      <Group orientation="vertical" className="program-split" id="tracelens.program" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
        <Panel id="code" minSize="15%" defaultSize="60%">
          {shown.trim() ? (
            <CodeView
              code={shown}
              currentLine={currentLine}
              highlightedLines={highlighted}
              onLineClick={events.length ? onLineClick : undefined}
              onLineHover={events.length ? setHoverLine : undefined}
              lineNotes={modelView ? undefined : notes}
              ariaLabel={modelView ? 'Program with inline trace' : 'Program'}
            />
          ) : (
            <MissingNote testId="program-missing">This sample has no program code.</MissingNote>
          )}
        </Panel>
        <Separator className="resize-handle resize-handle-h" />
        <Panel id="trace" minSize="10%" defaultSize="40%">
          <div className="trace-area">
            {traceNote && test && (
              <p className="trace-note" data-testid="trace-note">
                {traceNote}
              </p>
            )}
            {onDemand && test && <RunTrace runKey={onDemand.runKey} jobs={onDemand.jobs} reason={onDemand.reason} />}
            {test ? (
              <TracePanel trace={test} boundaries={combined?.boundaries} lineCount={lineCount} step={step} onStepChange={setStep} highlightedLine={focus?.lines[0] ?? hoverLine} previewStep={previewStep} />
            ) : (
              <div className="trace-missing" data-testid="trace-missing">
                <MissingNote>{model.trace ? 'The chosen test has no trace.' : 'This sample has no execution trace.'}</MissingNote>
                {onDemand && !model.trace && <RunTrace runKey={onDemand.runKey} jobs={onDemand.jobs} reason={onDemand.reason} />}
              </div>
            )}
          </div>
        </Panel>
      </Group>
    </section>
  );
}
