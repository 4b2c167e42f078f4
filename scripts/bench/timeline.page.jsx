// Benchmark page for the trace timeline (bundled by timeline.mjs with esbuild, run in Chromium).
// Plain JSX so that it stays out of the Node typecheck; it only drives the real component.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { TraceTimeline } from '../../renderer/src/app/trace';
import '../../renderer/src/styles/base.css';

const LINES = 14;

/** A nested-loop program's trace: realistic row mix, changing values, calls, returns, one exception. */
function makeTrace(n) {
  const events = [];
  let s = 0;
  let step = 0;
  let call = 0;
  events.push({ step: step++, line: 1, kind: 'call', func: 'solve', changed: { nums: '[3, 1, 4, 1, 5, 9, 2, 6]', k: '3' } });
  while (events.length < n - 2) {
    const i = Math.floor(events.length / 40);
    events.push({ step: step++, line: 3, kind: 'line', func: 'solve', changed: { i: String(i) } });
    for (let j = 0; j < 8 && events.length < n - 2; j++) {
      events.push({ step: step++, line: 4, kind: 'line', func: 'solve', changed: { j: String(j) } });
      s += (i * j) % 7;
      events.push({ step: step++, line: 5, kind: 'line', func: 'solve', changed: j % 3 === 0 ? {} : { s: String(s) } });
      if (j % 4 === 0) {
        events.push({ step: step++, line: 9, kind: 'call', func: 'helper', changed: { x: String(j + call++) } });
        events.push({ step: step++, line: 10, kind: 'line', func: 'helper', changed: { y: String(j * 2) } });
        events.push({ step: step++, line: 11, kind: 'return', func: 'helper', changed: {}, returnValue: String(j * 2 + 1) });
      }
    }
    events.push({ step: step++, line: 6, kind: 'line', func: 'solve', changed: { best: `[${i}, ${s % 97}]` } });
  }
  events.push({ step: step++, line: 7, kind: 'exception', func: 'solve', changed: {}, exception: { type: 'IndexError', message: 'list index out of range' } });
  events.push({ step: step++, line: 14, kind: 'line', func: '<test>', changed: {} });
  return { test: 'assert solve([3, 1, 4], 3) == 7', outcome: 'exception', passed: false, events: events.slice(0, n), truncated: false, stdout: '' };
}

const CODE = [
  'def solve(nums, k):', '    s = 0', '    for i in range(len(nums)):', '        for j in range(k):', '            s += nums[i] * j',
  '        best = [i, s % 97]', '    return nums[len(nums)]', '', 'def helper(x):', '    y = x * 2', '    return y + 1', '', '', 'assert solve([3, 1, 4], 3) == 7',
];

const host = document.getElementById('root');
let root = null;
let draws = [];

function mount(trace, opts = {}) {
  if (root) root.unmount();
  host.innerHTML = '';
  const div = document.createElement('div');
  div.style.height = '100%';
  host.appendChild(div);
  root = createRoot(div);
  draws = [];
  let first = null;
  const t0 = performance.now();
  flushSync(() =>
    root.render(
      <TraceTimeline
        trace={trace}
        lineCount={LINES}
        step={opts.step ?? null}
        onStepChange={() => {}}
        codeLines={CODE}
        showLanes={opts.lanes ?? false}
        onDraw={(s) => {
          if (first === null) first = performance.now() - t0;
          draws.push(s.ms);
        }}
      />,
    ),
  );
  const sync = performance.now() - t0;
  return { t0, sync, first: () => first };
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
/** Let the garbage from building the trace be collected before timing frames, as it would be before a user starts panning. */
async function settle() {
  window.gc?.();
  for (let k = 0; k < 30; k++) await nextFrame();
}
const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.bench = {
  /** For screenshots: mount a trace, optionally dark, zoomed in around a step, with a hover. */
  async show(n, { lanes = false, step = null, dark = false, zoomKeys = 0, hover = false } = {}) {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    mount(makeTrace(n), { lanes, step });
    const root = document.querySelector('[data-testid="trace-timeline"]');
    for (let k = 0; k < zoomKeys; k++) root.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true }));
    await afterPaint();
    if (hover && step !== null) {
      const cursor = document.querySelector('[data-testid="timeline-cursor"]');
      const r = cursor.getBoundingClientRect();
      const surface = document.querySelector('.tl-surface').getBoundingClientRect();
      document.querySelector('.tl-surface').dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + 1, clientY: surface.top + 4 * 18 + 9, bubbles: true }));
    }
    await afterPaint();
  },
  async firstFrame(n, lanes = false) {
    const trace = makeTrace(n); // building the data is the loader's job, not the view's
    await afterPaint();
    const m = mount(trace, { lanes });
    await afterPaint();
    return { n, lanes, renderAndDrawMs: m.first(), toPaintMs: performance.now() - m.t0, visibleDrawMs: draws[0] };
  },

  /** Control: the same number of frames with the timeline mounted and no input, to see what the machine drops by itself. */
  async idle(n, frames) {
    mount(makeTrace(n), { step: Math.floor(n / 2) });
    await afterPaint();
    await settle();
    draws = [];
    const intervals = [];
    let last = await nextFrame();
    for (let k = 0; k < frames; k++) {
      const t = await nextFrame();
      intervals.push(t - last);
      last = t;
    }
    return { n, frames, intervals, draws: [...draws] };
  },

  /** Scripted zooms and pans, one input per animation frame; returns frame intervals and draw times. */
  async interact(n) {
    mount(makeTrace(n), { step: Math.floor(n / 2) });
    await afterPaint();
    const surface = document.querySelector('.tl-surface');
    const root = document.querySelector('[data-testid="trace-timeline"]');
    const r = surface.getBoundingClientRect();
    const cx = r.left + r.width * 0.4;
    const cy = r.top + 40;
    const actions = [];
    for (let k = 0; k < 40; k++) actions.push(() => surface.dispatchEvent(new WheelEvent('wheel', { deltaY: -60, clientX: cx + k * 3, clientY: cy, bubbles: true, cancelable: true, view: window })));
    actions.push(() => surface.dispatchEvent(new MouseEvent('mousedown', { clientX: cx, clientY: cy, button: 0, bubbles: true, cancelable: true, view: window })));
    for (let k = 1; k <= 60; k++) actions.push(() => window.dispatchEvent(new MouseEvent('mousemove', { clientX: cx - k * 12, clientY: cy, bubbles: true, cancelable: true, view: window })));
    for (let k = 1; k <= 60; k++) actions.push(() => window.dispatchEvent(new MouseEvent('mousemove', { clientX: cx - 720 + k * 20, clientY: cy, bubbles: true, cancelable: true, view: window })));
    actions.push(() => window.dispatchEvent(new MouseEvent('mouseup', { clientX: cx, clientY: cy, button: 0, bubbles: true, cancelable: true, view: window })));
    for (let k = 0; k < 20; k++) actions.push(() => root.dispatchEvent(new KeyboardEvent('keydown', { key: k % 2 ? '+' : '-', bubbles: true, cancelable: true })));
    for (let k = 0; k < 40; k++) actions.push(() => surface.dispatchEvent(new WheelEvent('wheel', { deltaY: 60, clientX: cx - k * 5, clientY: cy, bubbles: true, cancelable: true, view: window })));
    for (let k = 0; k < 30; k++) actions.push(() => root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true })));
    await settle();

    draws = [];
    const intervals = [];
    const loafs = [];
    const observer = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')
      ? new PerformanceObserver((list) => loafs.push(...list.getEntries().map((e) => ({
          duration: e.duration,
          render: e.duration - (e.renderStart - e.startTime),
          styleLayout: e.startTime + e.duration - e.styleAndLayoutStart,
          scripts: e.scripts.map((sc) => `${sc.invoker}:${sc.duration.toFixed(0)}`).join(','),
        }))))
      : null;
    observer?.observe({ type: 'long-animation-frame' });
    let last = await nextFrame();
    for (const act of actions) {
      act();
      const t = await nextFrame();
      intervals.push(t - last);
      last = t;
    }
    observer?.disconnect();
    return { n, frames: intervals.length, intervals, draws: [...draws], loafs };
  },
};
window.benchReady = true;
