'use strict';
// The browser the end-to-end tests drive: CHROMIUM_PATH, else Debian's
// /usr/bin/chromium, else Playwright's own download (absent on build machines).
// CommonJS so that both the Node scripts and Playwright's TS loader can use it.
const { existsSync } = require('node:fs');

function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    return existsSync(process.env.CHROMIUM_PATH)
      ? { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : { path: null, source: `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` };
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return { path: candidate, source: 'system chromium' };
  }
  try {
    const { chromium } = require('playwright');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return { path, source: "Playwright's browser download" };
  } catch {
    // playwright not installed or no browser downloaded
  }
  return { path: null, source: 'none found' };
}

/** Flags that keep Chromium quiet on machines without a network (see the machine notes). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

module.exports = { findChromium, CHROMIUM_ARGS };
