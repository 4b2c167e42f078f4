// Benchmark page for the sample list (bundled by sampleList.mjs with esbuild, run in Chromium).
// The real SampleListPanel against an in-page engine of N rows; `../../renderer/src/api` is
// swapped for the fake at bundle time. Plain JSX so that it stays out of the Node typecheck.
import { createRoot } from 'react-dom/client';
import { SampleListPanel } from '../../renderer/src/app/samples/SampleListPanel';
import { useDatasetStore } from '../../renderer/src/app/dataset/datasetStore';
import { useViewStore } from '../../renderer/src/app/state/viewStore';
import { makeRow, makeSummary } from '../../renderer/src/app/dataset/testing/summaries';
import { bench as fake } from './sampleList.fakeApi';
import '../../renderer/src/styles/base.css';

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
const list = () => document.querySelector('[data-testid="sample-list"]');
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function until(check, timeoutMs = 10_000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await nextFrame();
  }
  return performance.now() - start;
}

let root = null;
window.bench = {
  /** Mounts the panel over `n` rows; returns ms until the first row is in the DOM. */
  async mount(n) {
    root?.unmount();
    fake.total = n;
    fake.requests = 0;
    useViewStore.setState({ datasetId: 'bench', query: '', sampleIndex: null });
    useDatasetStore.setState({ summary: makeSummary({ id: 'bench', records: n }) });
    const t0 = performance.now();
    root = createRoot(document.getElementById('root'));
    root.render(<SampleListPanel />);
    await until(() => document.querySelector('.sample-row[data-testid]'));
    return performance.now() - t0;
  },
  /** Scrolls `frames` frames at `rowsPerFrame`, recording frame intervals. */
  async scroll(frames, rowsPerFrame) {
    const el = list();
    const intervals = [];
    let last = await nextFrame();
    for (let i = 0; i < frames; i++) {
      el.scrollTop += rowsPerFrame * 30;
      const now = await nextFrame();
      intervals.push(now - last);
      last = now;
    }
    return { intervals, requests: fake.requests };
  },
  /** Frame intervals with nothing happening (what the machine drops by itself). */
  async idle(frames) {
    const intervals = [];
    let last = await nextFrame();
    for (let i = 0; i < frames; i++) {
      const now = await nextFrame();
      intervals.push(now - last);
      last = now;
    }
    return { intervals };
  },
  /** Jumps to random positions (a scrollbar drag); ms until the rows there are filled. */
  async jumps(count) {
    const el = list();
    const times = [];
    for (let i = 0; i < count; i++) {
      const top = Math.floor(Math.random() * (el.scrollHeight - el.clientHeight));
      const target = Math.floor(top / 30) + 2;
      const t0 = performance.now();
      el.scrollTop = top;
      // Filled: the row at the new position is rendered with its data, and no placeholder is on screen.
      await until(() => document.querySelector(`.sample-row[data-position="${target}"][data-testid]`) && !document.querySelector('.sample-row-pending'));
      times.push(performance.now() - t0);
    }
    return times;
  },
  /** Presses j `count` times, one per frame; ms per press until the selection moved. */
  async keys(count) {
    const times = [];
    for (let i = 0; i < count; i++) {
      const before = useViewStore.getState().sampleIndex;
      const t0 = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
      await until(() => useViewStore.getState().sampleIndex !== before);
      await nextFrame();
      times.push(performance.now() - t0);
    }
    return times;
  },
  state() {
    return {
      domRows: document.querySelectorAll('.sample-row').length,
      heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null,
      scrollHeight: list().scrollHeight,
      requests: fake.requests,
    };
  },
  pct,
};
window.benchReady = true;
export { makeRow };
