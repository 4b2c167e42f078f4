import { useCallback, useEffect, useMemo } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import type { SampleDetail } from '../../../../../shared/contract';
import { combineTests, type TestStep } from '../../../../../shared/trace/cursor';
import { traceIndexFor } from '../../../../../shared/view/sampleModel';
import { ALL_TESTS } from '../../../../../shared/view/viewLink';
import { layoutStorage } from '../../../components/storedPrefs';
import { useBlindMode } from '../../annotation/blindMode';
import { useViewStore } from '../../state/viewStore';
import { FixPane } from './FixPane';
import { useFocusStore } from './focusStore';
import { PaneBoundary } from './PaneBoundary';
import { ProgramPane } from './ProgramPane';
import { RationalePane } from './RationalePane';
import { SampleHeader } from './SampleHeader';
import { cursorFor } from './stepTarget';
import { TestsPane } from './TestsPane';
import { useSampleView } from './useSampleView';
import './detail.css';

/**
 * One sample, everything about it: the program and its timeline on the left;
 * tests, rationale (with the grounding check) and fix on the right. Every
 * pane shows what it can and says plainly what the record lacks.
 */
export function SampleDetailView({ detail }: { detail: SampleDetail }) {
  const blind = useBlindMode();
  const { model, grounding, facts, onDemand, shownProgram, fixBase, claimsOn } = useSampleView(detail, blind);
  const testIndex = useViewStore((s) => s.testIndex);
  const selectTest = useViewStore((s) => s.selectTest);
  const setFocus = useFocusStore((s) => s.setFocus);
  // Not the library's default (`localStorage` itself), which throws where the browser blocks storage.
  const outer = useDefaultLayout({ id: 'tracelens.detail', storage: layoutStorage() });
  const right = useDefaultLayout({ id: 'tracelens.detail.right', storage: layoutStorage() });
  const tracedTests = model.trace ? model.trace.tests.filter((t) => t.events.length > 0).length : 0;
  const allTests = testIndex === ALL_TESTS && tracedTests > 1;
  const combined = useMemo(() => (allTests && model.trace ? combineTests(model.trace.tests) : null), [allTests, model]);
  const row = allTests ? ALL_TESTS : testIndex >= 0 && testIndex < model.tests.length ? testIndex : 0;
  const traceIndex = traceIndexFor(model, Math.max(row, 0));
  const chosen = model.tests[row];
  const shown = traceIndex !== null ? model.trace?.tests[traceIndex] : undefined;
  const set = useViewStore((s) => s.set);
  // A claim's step counts within its test: placed on the combined timeline, or on its own test's timeline.
  // With the fix on the timeline, a claim about the buggy program's trace brings that trace back first.
  const onJump = useCallback(
    (at: readonly TestStep[]) => {
      const boundaries = claimsOn ? (allTests ? combineTests(claimsOn.trace.tests).boundaries : null) : (combined?.boundaries ?? null);
      const target = cursorFor(at, { boundaries, traceIndex, rows: model.tests });
      if (target) set(claimsOn ? { ...target, program: claimsOn.program } : target);
    },
    [claimsOn, allTests, combined, traceIndex, model, set],
  );
  const traceNote = !allTests && chosen && chosen.traceIndex === null && shown ? `“${chosen.source}” has no trace; the timeline shows “${shown.test}”.` : null;

  // A hover focus belongs to the sample it was made on.
  useEffect(() => () => setFocus(null), [detail, setFocus]);
  // A new sample opens on its first traced test (NExT traces one test, often not the first).
  useEffect(() => {
    const { testIndex: current, step } = useViewStore.getState();
    if (current !== 0 || step !== null || model.tests[0]?.traceIndex !== null) return;
    const first = model.tests.findIndex((t) => t.traceIndex !== null);
    if (first > 0) selectTest(first);
  }, [model, selectTest]);

  return (
    <div className="sample-detail" data-testid="sample-detail">
      <SampleHeader detail={detail} blind={blind} missing={model.missing} />
      <Group className="detail-split" id="tracelens.detail" defaultLayout={outer.defaultLayout} onLayoutChanged={outer.onLayoutChanged}>
        <Panel id="program" minSize="20%" defaultSize="55%">
          <PaneBoundary key={detail.contentHash} what="the program and its trace">
            <ProgramPane
              model={model}
              traceIndex={traceIndex}
              traceNote={traceNote}
              combined={combined}
              onDemand={onDemand}
              shownProgram={shownProgram}
              focusApplies={!claimsOn}
            />
          </PaneBoundary>
        </Panel>
        <Separator className="resize-handle resize-handle-v" />
        <Panel id="side" minSize="20%" defaultSize="45%">
          <Group orientation="vertical" id="tracelens.detail.right" defaultLayout={right.defaultLayout} onLayoutChanged={right.onLayoutChanged}>
            <Panel id="tests" minSize="8%" defaultSize="20%">
              <PaneBoundary key={detail.contentHash} what="the tests">
                <TestsPane tests={blind ? model.tests.map((t) => ({ ...t, fix: null })) : model.tests} selected={row} shownTrace={allTests ? null : traceIndex} allOption={tracedTests > 1} onSelect={selectTest} />
              </PaneBoundary>
            </Panel>
            <Separator className="resize-handle resize-handle-h" />
            <Panel id="rationale" minSize="10%" defaultSize="50%">
              <PaneBoundary key={detail.contentHash} what="the rationale">
                <RationalePane rationale={model.rationale} grounding={grounding} facts={facts} blind={blind} onJump={onJump} />
              </PaneBoundary>
            </Panel>
            <Separator className="resize-handle resize-handle-h" />
            <Panel id="fix" minSize="8%" defaultSize="30%">
              <PaneBoundary key={detail.contentHash} what="the fix">
                <FixPane buggy={fixBase} fixed={model.fixedCode} results={blind ? [] : (detail.sample.test_results ?? [])} passed={blind ? null : detail.sample.passed} />
              </PaneBoundary>
            </Panel>
          </Group>
        </Panel>
      </Group>
    </div>
  );
}
