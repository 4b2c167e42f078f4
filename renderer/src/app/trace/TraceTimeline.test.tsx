// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { combineTests } from '../../../../shared/trace/cursor';
import { loopEvents, testTrace } from '../../../../shared/trace/cursor/fixtures.test-data';
import type { DrawStats } from './drawTimeline';
import type { Painter, PainterFactory } from './painter';
import { StepScale } from './StepScale';
import { TraceTimeline } from './TraceTimeline';

// jsdom has no canvas: record what would be drawn instead.
const recording: PainterFactory = () => {
  const p: Painter = { begin: () => {}, rect: () => {}, rects: () => {}, text: () => {}, markers: () => {} };
  return p;
};

const WIDTH = 1000;
const ROW = 18;
const trace = testTrace(loopEvents);

function Harness({ initial = null as number | null, onDraw, onStep }: { initial?: number | null; onDraw?: (s: DrawStats) => void; onStep?: (s: number) => void }) {
  const [step, setStep] = useState<number | null>(initial);
  return (
    <TraceTimeline
      trace={trace}
      lineCount={6}
      step={step}
      onStepChange={(s) => {
        onStep?.(s);
        setStep(s);
      }}
      width={WIDTH}
      rowHeight={ROW}
      painter={recording}
      onDraw={onDraw}
    />
  );
}

const position = () => screen.getByTestId('timeline-position').textContent;
const press = (key: string) => fireEvent.keyDown(screen.getByTestId('trace-timeline'), { key });

afterEach(cleanup);

describe('TraceTimeline keyboard', () => {
  it('steps with the arrows and jumps with Home/End', () => {
    render(<Harness initial={3} />);
    expect(position()).toBe('step 3 of 0–10');
    press('ArrowRight');
    expect(position()).toBe('step 4 of 0–10');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(position()).toBe('step 2 of 0–10');
    press('End');
    expect(position()).toBe('step 10 of 0–10');
    press('ArrowRight');
    expect(position()).toBe('step 10 of 0–10');
    press('Home');
    expect(position()).toBe('step 0 of 0–10');
  });

  it('moves to the previous/next execution of the current line with ↑/↓', () => {
    render(<Harness initial={2} />);
    // Step 2 runs line 3 (the for), which runs again at 4, 6 and 8.
    press('ArrowDown');
    expect(position()).toBe('step 4 of 0–10');
    press('ArrowDown');
    press('ArrowDown');
    expect(position()).toBe('step 8 of 0–10');
    press('ArrowDown');
    expect(position()).toBe('step 8 of 0–10');
    press('ArrowUp');
    expect(position()).toBe('step 6 of 0–10');
  });

  it('starts at the first step when nothing is selected', () => {
    render(<Harness />);
    expect(position()).toBe('11 steps');
    press('ArrowRight');
    expect(position()).toBe('step 0 of 0–10');
  });
});

describe('TraceTimeline pointer', () => {
  const scale = StepScale.forSteps(0, 10, [6, WIDTH - 6]); // the timeline keeps 6 px free at each end
  const click = (step: number, line: number) =>
    fireEvent.click(screen.getByTestId('timeline-canvas').parentElement!, {
      clientX: scale.toPx(step),
      clientY: (line - 1) * ROW + ROW / 2,
    });

  it('jumps to the event under a click, through the step scale', () => {
    const onStep = vi.fn();
    render(<Harness onStep={onStep} />);
    click(7, 4);
    expect(onStep).toHaveBeenLastCalledWith(7);
    expect(position()).toBe('step 7 of 0–10');
    expect(screen.getByTestId('timeline-cursor').style.left).toBe(`${Math.round(scale.toPx(7)) - 1}px`);
  });

  it('snaps a click on an empty spot to the nearest step in time', () => {
    const onStep = vi.fn();
    render(<Harness onStep={onStep} />);
    // Line 2 only ran at step 1; a click at step 6.2 on that row is far from it.
    click(6.2, 2);
    expect(onStep).toHaveBeenLastCalledWith(6);
  });

  it('shows the step, line and changed variables on hover, and reports the line', () => {
    const onLineHover = vi.fn();
    render(<TraceTimeline trace={trace} lineCount={6} step={null} onStepChange={() => {}} width={WIDTH} rowHeight={ROW} painter={recording} onLineHover={onLineHover} />);
    fireEvent.mouseMove(screen.getByTestId('timeline-canvas').parentElement!, {
      clientX: scale.toPx(5),
      clientY: 3 * ROW + ROW / 2,
    });
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('step 5');
    expect(tip.textContent).toContain('line 4');
    expect(tip.textContent).toContain('s=1');
    expect(onLineHover).toHaveBeenLastCalledWith(4);
    fireEvent.mouseLeave(screen.getByTestId('timeline-canvas').parentElement!);
    expect(onLineHover).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('jumps to where a value starts when its lane is clicked', () => {
    const onStep = vi.fn();
    render(<Harness onStep={onStep} />);
    fireEvent.click(screen.getByLabelText('Variable lanes'));
    // Lanes follow the 6 rows after a 6 px gap, in order n, s, i; i = '1' holds over steps 4–5.
    const laneTop = 6 * ROW + 6;
    const laneHeight = ROW + 2;
    fireEvent.click(screen.getByTestId('timeline-canvas').parentElement!, { clientX: scale.toPx(5), clientY: laneTop + 2 * laneHeight + 5 });
    expect(onStep).toHaveBeenLastCalledWith(4);
  });

  it('zooms in with + so fewer events are drawn, and 0 shows them all again', async () => {
    const draws: DrawStats[] = [];
    const long = testTrace(Array.from({ length: 300 }, (_, i) => ({ step: i, line: 1 + (i % 5), kind: 'line' as const, changed: {} })));
    render(
      <TraceTimeline trace={long} lineCount={5} step={150} onStepChange={() => {}} width={WIDTH} painter={recording} onDraw={(s) => draws.push(s)} />,
    );
    expect(draws[0].visible).toBe(300);
    expect(screen.getByTestId('timeline-minimap')).toBeTruthy();
    for (let i = 0; i < 3; i++) press('+');
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    const zoomed = draws[draws.length - 1].visible;
    expect(zoomed).toBeLessThan(100);
    // The cursor stays in view while zooming around it.
    expect(screen.getByTestId('timeline-cursor')).toBeTruthy();
    press('0');
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    expect(draws[draws.length - 1].visible).toBe(300);
  });

  it('redraws in the new colours when the theme changes', async () => {
    const colours: string[] = [];
    const spying: PainterFactory = () => ({ ...recording(null as never)!, rects: (_xywh, color) => colours.push(color) });
    render(<TraceTimeline trace={trace} lineCount={6} step={null} onStepChange={() => {}} width={WIDTH} painter={spying} />);
    expect(colours).toContain('#0969da');
    expect(colours).not.toContain('#4493f8');
    document.documentElement.style.setProperty('--accent', '#4493f8');
    try {
      await waitFor(() => expect(colours).toContain('#4493f8'));
    } finally {
      document.documentElement.style.removeProperty('--accent');
    }
  });

  it('marks where each test starts on a combined timeline', () => {
    const { trace: all, boundaries } = combineTests([testTrace(loopEvents, true, 'assert a'), testTrace(loopEvents, false, 'assert b')]);
    const { container } = render(
      <TraceTimeline trace={all} lineCount={6} step={null} onStepChange={() => {}} width={WIDTH} painter={recording} boundaries={boundaries} />,
    );
    const lines = container.querySelectorAll('.tl-boundary');
    expect(lines).toHaveLength(2);
    expect(lines[1].classList.contains('is-fail')).toBe(true);
    expect([...container.querySelectorAll('.tl-axis title')].map((t) => t.textContent)).toEqual(['assert a', 'assert b']);
  });

  it('pans with A/D and PageUp/PageDown without moving the cursor', async () => {
    const long = testTrace(Array.from({ length: 300 }, (_, i) => ({ step: i, line: 1 + (i % 5), kind: 'line' as const, changed: {} })));
    render(<TraceTimeline trace={long} lineCount={5} step={150} onStepChange={() => {}} width={WIDTH} painter={recording} />);
    for (let i = 0; i < 4; i++) press('w');
    const cursorX = () => parseFloat(screen.getByTestId('timeline-cursor').style.left);
    const before = cursorX();
    press('d');
    // The view moved right by a fifth of its width, so the cursor moved left by as much.
    await waitFor(() => expect(before - cursorX()).toBeCloseTo(0.2 * (WIDTH - 12), 0));
    press('a');
    await waitFor(() => expect(cursorX()).toBeCloseTo(before, 0));
    press('PageDown');
    expect(screen.queryByTestId('timeline-cursor')).toBeNull();
    expect(position()).toBe('step 150 of 0–299');
  });

  it('brings the cursor back into view when it moves off-screen', async () => {
    const long = testTrace(Array.from({ length: 300 }, (_, i) => ({ step: i, line: 1 + (i % 5), kind: 'line' as const, changed: {} })));
    function Controlled() {
      const [step, setStep] = useState<number | null>(150);
      return <TraceTimeline trace={long} lineCount={5} step={step} onStepChange={setStep} width={WIDTH} painter={recording} />;
    }
    render(<Controlled />);
    for (let i = 0; i < 4; i++) press('+');
    expect(screen.getByTestId('timeline-cursor')).toBeTruthy();
    press('End');
    expect(position()).toBe('step 299 of 0–299');
    await waitFor(() => expect(screen.getByTestId('timeline-cursor')).toBeTruthy());
    const left = parseFloat(screen.getByTestId('timeline-cursor').style.left);
    expect(left).toBeGreaterThan(WIDTH / 2);
    expect(left).toBeLessThanOrEqual(WIDTH);
  });

  it('moves the view to where the minimap is pressed', async () => {
    const long = testTrace(Array.from({ length: 1000 }, (_, i) => ({ step: i, line: 1 + (i % 5), kind: 'line' as const, changed: {} })));
    render(<TraceTimeline trace={long} lineCount={5} step={null} onStepChange={() => {}} width={WIDTH} painter={recording} />);
    press('+');
    press('+');
    press('+');
    const win = screen.getByTestId('timeline-minimap-window');
    const before = parseFloat(win.style.left);
    expect(before).toBeGreaterThan(300); // zoomed around the middle
    fireEvent.pointerDown(screen.getByTestId('timeline-minimap'), { clientX: 50, pointerId: 1 });
    await waitFor(() => expect(parseFloat(screen.getByTestId('timeline-minimap-window').style.left)).toBeLessThan(50));
  });

  it('explains instead of drawing when the events are out of step order', () => {
    const bad = testTrace([loopEvents[0], loopEvents[3], { ...loopEvents[1], line: undefined as unknown as number }]);
    render(<TraceTimeline trace={bad} lineCount={6} step={null} onStepChange={() => {}} width={WIDTH} painter={recording} />);
    expect(screen.getByRole('alert').textContent).toBe('Cannot draw this trace: event 2 (step 1) has no numeric line (undefined).');
    expect(screen.queryByTestId('timeline-canvas')).toBeNull();
  });

  it('marks lines whose NExT comment elided executions', () => {
    render(<TraceTimeline trace={{ ...trace, elidedLines: [3] }} lineCount={6} step={null} onStepChange={() => {}} width={WIDTH} painter={recording} />);
    const marks = screen.getAllByTitle(/elided some executions/);
    expect(marks).toHaveLength(1);
    expect(marks[0].closest('.tl-label')?.textContent).toContain('3');
  });

  it('draws variable lanes when toggled on', () => {
    render(<Harness />);
    expect(screen.queryByText('s', { selector: '.tl-lane-label' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Variable lanes'));
    expect(screen.getByText('s', { selector: '.tl-lane-label' })).toBeTruthy();
  });
});
