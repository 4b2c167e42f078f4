#!/usr/bin/env node
// Trace timeline benchmark: builds a page with the real TraceTimeline (esbuild), opens it in
// Debian Chromium via Playwright and prints first-frame times for 1k/10k/100k events and frame
// times over a scripted zoom/pan sequence. It prints figures and asserts nothing.
// Usage: npm run bench:timeline [-- --screenshot out.png] [--width 1600] [--dpr 1]
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { chromium } from 'playwright';
import { benchArg, buildBenchPage } from './benchPage.mjs';

const { findChromium, CHROMIUM_ARGS } = createRequire(import.meta.url)('../findChromium.cjs');

const width = Number(benchArg('width', '1600'));
const dpr = Number(benchArg('dpr', '1'));
const screenshot = benchArg('screenshot', null);
// --screenshots-only skips the measurements (for looking at the view).
const measure = !process.argv.includes('--screenshots-only');

const found = findChromium();
if (found.path) await main(found.path);
else {
  console.error(`bench:timeline needs Chromium (Debian's /usr/bin/chromium or CHROMIUM_PATH): ${found.source}`);
  process.exitCode = 1;
}

async function main(executablePath) {
  const benchPage = await buildBenchPage('timeline', { rootStyle: 'height:100vh' });

  // --expose-gc lets the page collect the trace-building garbage before timing frames.
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(benchPage.url);
    await page.waitForFunction(() => window.benchReady === true);

    const fmt = (v) => (v === undefined || v === null ? '-' : v.toFixed(1));
    console.log(`Trace timeline benchmark — Chromium ${browser.version()} (${executablePath}), viewport ${width}×800 @${dpr}x`);
    // Frame intervals depend on what else the machine runs; the load says how busy it was.
    const load = () => `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
    console.log(load());
    if (measure) {
    console.log('\nFirst frame (render + layout + canvas draw; "to paint" includes the next frame):');
    console.log('events    lanes  render+draw ms  to paint ms  canvas draw ms');
    for (const [n, lanes] of [[1000, false], [10000, false], [100000, false], [100000, true]]) {
      await page.evaluate(([n, lanes]) => window.bench.firstFrame(n, lanes), [n, lanes]); // warm-up (JIT)
      const r = await page.evaluate(([n, lanes]) => window.bench.firstFrame(n, lanes), [n, lanes]);
      console.log(`${String(n).padEnd(9)} ${String(lanes).padEnd(6)} ${fmt(r.renderAndDrawMs).padStart(14)} ${fmt(r.toPaintMs).padStart(12)} ${fmt(r.visibleDrawMs).padStart(15)}`);
    }

    const pct = (xs, p) => {
      const s = [...xs].sort((a, b) => a - b);
      return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
    };
    console.log('\nScripted zoom/pan (40 wheel zoom-ins, 120-frame drag pan, 20 +/- keys, 40 wheel zoom-outs, 30 steps):');
    console.log('A control row with no input shows how many frames the machine drops by itself (other load).');
    console.log('events            frames  interval p50  p95    max    dropped@60Hz  draw p50  p95   max (ms)');
    const row = (label, r) => {
      if (process.env.TL_BENCH_DEBUG && r.loafs) console.log(JSON.stringify(r.loafs.slice(0, 12)));
      if (process.env.TL_BENCH_DEBUG) console.log(r.intervals.map((dt, i) => (dt > 20 ? `#${i}:${dt.toFixed(0)}` : '')).filter(Boolean).join(' '));
      const dropped = r.intervals.reduce((acc, dt) => acc + Math.max(0, Math.round(dt / (1000 / 60)) - 1), 0);
      const d = r.draws.length > 0 ? r.draws : [NaN];
      console.log(
        `${label.padEnd(17)} ${String(r.frames).padEnd(7)} ${fmt(pct(r.intervals, 50)).padStart(12)} ${fmt(pct(r.intervals, 95)).padStart(5)} ${fmt(Math.max(...r.intervals)).padStart(6)} ${String(dropped).padStart(13)} ${fmt(pct(d, 50)).padStart(9)} ${fmt(pct(d, 95)).padStart(5)} ${fmt(Math.max(...d)).padStart(5)}   (${r.draws.length} draws)`,
      );
    };
    for (const n of [10000, 100000]) {
      row(`${n} scripted`, await page.evaluate((n) => window.bench.interact(n), n));
      row(`${n} idle (control)`, await page.evaluate((n) => window.bench.idle(n, 252), n));
    }
    console.log(load());
    }

    if (screenshot) {
      await page.evaluate(() => window.bench.show(3000, { lanes: true }));
      await page.screenshot({ path: screenshot });
      const zoomed = screenshot.replace(/\.png$/, '') + '-dark-zoomed.png';
      await page.evaluate(() => window.bench.show(3000, { lanes: true, step: 1203, dark: true, zoomKeys: 9, hover: true }));
      await page.screenshot({ path: zoomed });
      console.log(`\nscreenshots: ${screenshot} ${zoomed}`);
    }
  } finally {
    await browser.close();
    benchPage.remove();
  }
}
