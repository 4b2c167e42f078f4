import { useEffect, useMemo, useRef, useState } from 'react';
import { buildLanes, eventIndexAtOrBefore, eventsProblem, type TestBoundary } from '../../../../shared/trace/cursor';
import type { TestTrace } from '../../../../shared/trace/types';
import type { DrawStats } from './drawTimeline';
import { EventCanvas } from './EventCanvas';
import { HoverCard } from './HoverCard';
import { hitTest, keyAction, stepForClick, type Hit } from './interaction';
import { timelineLayout } from './layout';
import { Minimap } from './Minimap';
import { canvasPainter, type PainterFactory } from './painter';
import { RowLabels } from './RowLabels';
import { TimeAxis } from './TimeAxis';
import { buildTimelineModel } from './timelineModel';
import { TimelineToolbar } from './TimelineToolbar';
import { useElementWidth } from './useElementWidth';
import { useDevicePixelRatio } from './useDevicePixelRatio';
import { useThemeColors } from './useThemeColors';
import { useTimelineView } from './useTimelineView';
import { ZoomSurface, type ZoomHandle } from './ZoomSurface';
import './trace.css';

export interface TraceTimelineProps {
  trace: TestTrace;
  /** Lines in the program, so that rows line up with the code view even for lines that never ran. */
  lineCount: number;
  /** The cursor; null before the user picks one. */
  step: number | null;
  onStepChange(step: number): void;
  /** A line to tint (e.g. the one hovered in the code view). */
  highlightedLine?: number | null;
  /**
   * A step to mark without moving the cursor (e.g. the one a hovered rationale
   * mention points at): a dashed line, or an arrow at the edge when it is out of view.
   */
  previewStep?: number | null;
  /** Source lines, shown beside the line numbers when given. */
  codeLines?: readonly string[];
  /** The source line under the pointer (an event or a row label), or null when it leaves: for tinting the code view. */
  onLineHover?(line: number | null): void;
  /** Where tests start when several are shown on one timeline (see `combineTests`). */
  boundaries?: readonly TestBoundary[];
  /** Variable lanes under the rows; uncontrolled (off) unless given. */
  showLanes?: boolean;
  onShowLanesChange?(show: boolean): void;
  rowHeight?: number;
  /** Fixed plot width in px; measured from the container when omitted. */
  width?: number;
  /** Drawing adapter (tests pass a recording one; jsdom has no canvas). */
  painter?: PainterFactory;
  /** Called after each canvas frame (benchmarks). */
  onDraw?(stats: DrawStats): void;
}

const MINIMAP_MIN_STEPS = 150;
const NO_BOUNDARIES: readonly TestBoundary[] = [];
const HANDLED = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', '+', '=', '-', '_', '0', 'w', 'a', 's', 'd', 'W', 'A', 'S', 'D']);
const KEYS_HELP = '←/→ step · ↑/↓ previous/next run of this line · Home/End · +/- or W/S zoom · A/D or PgUp/PgDn pan · 0 fit · drag to pan, wheel to zoom';
/** Canvas heights past ~32k px fail in browsers: very long programs get thinner rows. */
const MAX_PLOT_PX = 30_000;

/**
 * The execution timeline: x = step, one row per source line, optional
 * variable lanes, a cursor on the current step. Controlled: the parent owns
 * `step` so the code view and the URL stay in sync with it.
 */
export function TraceTimeline(props: TraceTimelineProps) {
  const { trace, lineCount, step, onStepChange, highlightedLine = null, previewStep = null, codeLines, boundaries = NO_BOUNDARIES } = props;
  const { painter = canvasPainter, onDraw } = props;
  const [lanesLocal, setLanesLocal] = useState(false);
  const lanesOn = props.showLanes ?? lanesLocal;
  const setLanes = (v: boolean) => (props.onShowLanesChange ? props.onShowLanesChange(v) : setLanesLocal(v));

  const rootRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<ZoomHandle>(null);
  const colors = useThemeColors(rootRef);
  const dpr = useDevicePixelRatio();
  const width = useElementWidth(plotRef, props.width);
  const model = useMemo(() => buildTimelineModel(trace, lineCount), [trace, lineCount]);
  const rowHeight = Math.max(4, Math.min(props.rowHeight ?? 18, Math.floor(MAX_PLOT_PX / Math.max(1, model.rows.length))));
  const lanes = useMemo(() => (lanesOn ? buildLanes(trace.events) : []), [trace, lanesOn]);
  const layout = useMemo(() => timelineLayout(model.rows.length, lanes.length, rowHeight), [model, lanes, rowHeight]);
  const { full, view, onView } = useTimelineView(model, width);
  const ticks = useMemo(() => view.ticks(90), [view]);
  const input = useMemo(
    () => ({ model, scale: view, layout, lanes, colors, highlightedLine, ticks, dpr }),
    [model, view, layout, lanes, colors, highlightedLine, ticks, dpr],
  );
  const [hover, setHover] = useState<{ hit: Hit; x: number; y: number } | null>(null);
  const hoveredLine = useRef<number | null>(null);
  const reportLine = (line: number | null) => {
    if (line === hoveredLine.current) return;
    hoveredLine.current = line;
    props.onLineHover?.(line);
  };

  // A tooltip about another test's event must not outlive the switch.
  useEffect(() => setHover(null), [model]);

  const events = trace.events;
  const problem = useMemo(() => eventsProblem(events), [events]);
  const elided = useMemo(() => new Set(trace.elidedLines ?? []), [trace]);
  const current = step === null ? -1 : eventIndexAtOrBefore(events, step);
  const currentLine = current >= 0 ? events[current].line : null;

  // Follow the cursor: when it moves out of view, centre the view on it.
  const lastStep = useRef(step);
  useEffect(() => {
    if (step === lastStep.current) return;
    lastStep.current = step;
    const margin = view.span * 0.02;
    if (step !== null && (step < view.start + margin || step > view.end - margin)) zoomRef.current?.show(view.centerOn(step));
  }, [step, view]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !HANDLED.has(e.key)) return;
    // While the timeline has focus its keys are its own (e.g. not a rubric's digit shortcuts).
    e.preventDefault();
    e.stopPropagation();
    const action = keyAction(e.key, model, step);
    if (action?.type === 'step') onStepChange(action.step);
    else if (action?.type === 'zoom') {
      const anchor = step !== null && view.contains(step) ? view.toPx(step) : undefined;
      zoomRef.current?.zoomBy(action.factor, anchor);
    } else if (action?.type === 'pan') zoomRef.current?.panBy(action.fraction * view.width);
    else if (action?.type === 'fit') zoomRef.current?.show(full);
  };

  const local = (e: React.MouseEvent<HTMLElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  return (
    <div ref={rootRef} className="trace-timeline" data-testid="trace-timeline" tabIndex={0} onKeyDown={onKeyDown}
      role="group" aria-label={`Execution timeline. Keys: ${KEYS_HELP}`} title={KEYS_HELP}>
      <TimelineToolbar step={step} first={model.first} last={model.last} count={events.length} lanesOn={lanesOn}
        onLanes={setLanes} onZoom={(f) => zoomRef.current?.zoomBy(f)} onFit={() => zoomRef.current?.show(full)} />
      {problem ? (
        <div className="tl-empty error-text" role="alert">Cannot draw this trace: {problem}.</div>
      ) : events.length === 0 ? (
        <div className="tl-empty">{trace.message ?? 'This test recorded no execution steps.'}</div>
      ) : (
        <div className="tl-scroll">
          <div className="tl-grid" style={{ gridTemplateColumns: `${codeLines ? 220 : 44}px minmax(0, 1fr)` }}>
            <div className="tl-corner">line</div>
            <div className="tl-axis-cell" ref={plotRef}>
              <TimeAxis scale={view} width={width} ticks={ticks} boundaries={boundaries} />
            </div>
            <div>
              <RowLabels rows={model.rows} rowHeight={rowHeight} codeLines={codeLines} highlightedLine={highlightedLine}
                currentLine={currentLine} elided={elided} onJump={onStepChange} onHoverLine={props.onLineHover} />
              {lanes.length > 0 && (
                <div style={{ paddingTop: layout.laneTop - layout.rowCount * layout.rowHeight }}>
                  {lanes.map((l) => (
                    <div key={l.key} className="tl-lane-label" style={{ height: layout.laneHeight }} title={`${l.func}: ${l.name}`}>{l.label}</div>
                  ))}
                </div>
              )}
            </div>
            <ZoomSurface full={full} view={view} height={layout.height} onView={onView} handle={zoomRef}
              onClick={(e) => {
                const { x, y } = local(e);
                const s = stepForClick(model, view, layout, lanes, x, y);
                if (s !== null) onStepChange(s);
                rootRef.current?.focus({ preventScroll: true });
              }}
              onMouseMove={(e) => {
                const { x, y } = local(e);
                const hit = hitTest(model, view, layout, lanes, x, y);
                setHover(hit ? { hit, x, y } : null);
                reportLine(hit?.kind === 'event' ? hit.event.line : null);
              }}
              onMouseLeave={() => {
                setHover(null);
                reportLine(null);
              }}>
              <EventCanvas width={width} input={input} painter={painter} onDraw={onDraw} />
              {boundaries.filter((b) => view.contains(b.step)).map((b) => (
                <div key={b.step} className={`tl-boundary ${b.passed ? 'is-pass' : 'is-fail'}`} style={{ left: view.toPx(b.step - 0.5) }} />
              ))}
              {step !== null && view.contains(step) && (
                <div className="tl-cursor" data-testid="timeline-cursor" style={{ left: Math.round(view.toPx(step)) - 1 }} />
              )}
              {previewStep !== null && previewStep !== step && (
                <div
                  className={`tl-preview${view.contains(previewStep) ? '' : previewStep < view.start ? ' is-left' : ' is-right'}`}
                  data-testid="timeline-preview"
                  data-step={previewStep}
                  title={`step ${previewStep}`}
                  style={view.contains(previewStep) ? { left: Math.round(view.toPx(previewStep)) - 1 } : undefined}
                />
              )}
              {hover && <HoverCard hit={hover.hit} x={hover.x} y={hover.y} maxX={width} />}
            </ZoomSurface>
          </div>
        </div>
      )}
      {!problem && events.length > 0 && model.last - model.first >= MINIMAP_MIN_STEPS && (
        <div className="tl-minimap-row" style={{ paddingLeft: codeLines ? 220 : 44 }}>
          <Minimap model={model} full={full} width={width} view={view} colors={colors} dpr={dpr} painter={painter} onShow={(s) => zoomRef.current?.show(s)} />
        </div>
      )}
    </div>
  );
}
