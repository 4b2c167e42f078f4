#!/usr/bin/env node
// Sample list benchmark: bundles the real SampleListPanel with an in-page engine (esbuild),
// opens it in Debian Chromium via Playwright and prints, for 100k and 1M rows: time to the
// first row, frame intervals while scrolling, time to fill rows after scrollbar jumps,
// j-key response, rows in the DOM and JS heap. It prints figures and asserts nothing.
// Usage: node scripts/bench/sampleList.mjs [--width 1280] [--dpr 1]
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { benchArg, buildBenchPage } from './benchPage.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const apiIndex = path.resolve(here, '../../renderer/src/api/index.ts');
const width = Number(benchArg('width', '1280'));
const dpr = Number(benchArg('dpr', '1'));

// The renderer's api module talks to a server; the page gets the in-page engine instead.
const fakeApi = {
  name: 'fake-api',
  setup(b) {
    b.onResolve({ filter: /\/api$/ }, async (args) => {
      if (args.pluginData === 'inner') return undefined; // the b.resolve below: resolve normally
      const resolved = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'inner' });
      return resolved.path === apiIndex ? { path: path.join(here, 'sampleList.fakeApi.js') } : undefined;
    });
  },
};

const benchPage = await buildBenchPage('sampleList', { rootStyle: 'height:100vh;width:340px;display:flex', plugins: [fakeApi] });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--disable-background-networking', '--no-first-run'],
});
const fmt = (v) => (v === undefined || v === null || Number.isNaN(v) ? '-' : v.toFixed(1));
try {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(benchPage.url);
  await page.waitForFunction(() => window.benchReady === true);
  const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  const dropped = (xs) => xs.reduce((acc, dt) => acc + Math.max(0, Math.round(dt / (1000 / 60)) - 1), 0);

  console.log(`Sample list benchmark — Chromium ${browser.version()}, list column 340 px, viewport ${width}×800 @${dpr}x`);
  console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; simulated engine latency 2 ms per page of 200 rows`);
  console.log('\nrows       first row ms  scroll frames p50  p95   max  dropped@60Hz  idle p95  jump fill p50  p95 ms  j key p50  p95 ms  DOM rows  heap MB  requests');
  for (const n of [100_000, 1_000_000]) {
    await page.evaluate((n) => window.bench.mount(n), n); // warm-up (JIT)
    const first = await page.evaluate((n) => window.bench.mount(n), n);
    const scroll = await page.evaluate(() => window.bench.scroll(240, 40)); // 40 rows per frame: a fast wheel
    const idle = await page.evaluate(() => window.bench.idle(240));
    const jumps = await page.evaluate(() => window.bench.jumps(20));
    const keys = await page.evaluate(() => window.bench.keys(60));
    const st = await page.evaluate(() => window.bench.state());
    const s = scroll.intervals;
    console.log(
      `${String(n).padEnd(10)} ${fmt(first).padStart(12)} ${fmt(pct(s, 50)).padStart(17)} ${fmt(pct(s, 95)).padStart(5)} ${fmt(Math.max(...s)).padStart(5)} ${String(dropped(s)).padStart(13)} ${fmt(pct(idle.intervals, 95)).padStart(9)} ${fmt(pct(jumps, 50)).padStart(14)} ${fmt(pct(jumps, 95)).padStart(4)} ${fmt(pct(keys, 50)).padStart(13)} ${fmt(pct(keys, 95)).padStart(4)} ${String(st.domRows).padStart(9)} ${fmt(st.heapMB).padStart(8)} ${String(st.requests).padStart(9)}`,
    );
  }
  console.log(`load average ${loadavg()[0].toFixed(1)}`);
} finally {
  await browser.close();
  benchPage.remove();
}
