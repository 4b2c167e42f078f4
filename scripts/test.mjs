#!/usr/bin/env node
// `npm test`: installs what the tests need, then runs type checks, unit tests
// and end-to-end tests (Playwright driving Chromium against `tracelens serve`,
// plus the desktop spec where an Electron binary exists).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import chromiumFinder from './findChromium.cjs';
const { findChromium } = chromiumFinder;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '1' };

function run(title, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`=== ${title}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

// 1. Dependencies.
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  if (!run('install dependencies (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
}

// 2. A browser for the end-to-end tests.
let browser = findChromium();
if (!browser.path && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  run('install Debian chromium', 'bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
  browser = findChromium();
}
if (!browser.path) {
  console.error('No Chromium for the end-to-end tests: set CHROMIUM_PATH or install chromium (apt-get install chromium).');
  process.exit(1);
}
console.log(`End-to-end browser: ${browser.path} (${browser.source})`);

// 3. Build, check, test. Every stage runs even if an earlier one failed, so one run shows everything.
const results = {
  build: run('build', process.execPath, ['scripts/build.mjs']),
  typecheck: run('type check', 'npm', ['run', '--silent', 'typecheck']),
  unit: run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']),
};
results.e2e = results.build && run('end-to-end tests (playwright)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: browser.path });

// 4. One plain closing line over both runners.
const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  const v = JSON.parse(readFileSync(join(root, 'test-results', 'vitest.json'), 'utf8'));
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests;
  counts.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  // Name every skipped unit test: its title says why (e.g. no ../shared/data on this machine).
  for (const file of v.testResults ?? []) {
    for (const t of file.assertionResults ?? []) if (t.status === 'pending' || t.status === 'skipped') console.log(`skipped: ${t.fullName}`);
  }
} catch {
  counts.failed += 1;
}
try {
  const p = JSON.parse(readFileSync(join(root, 'test-results', 'playwright.json'), 'utf8'));
  counts.passed += p.stats.expected + (p.stats.flaky ?? 0);
  counts.failed += p.stats.unexpected;
  counts.skipped += p.stats.skipped;
  // Say why each skipped end-to-end test was skipped (e.g. no Electron binary).
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'skipped') {
          const why = (t.annotations ?? []).map((a) => a.description).filter(Boolean).join('; ');
          console.log(`skipped: ${spec.title}${why ? ` (${why})` : ''}`);
        }
      }
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of p.suites ?? []) walk(s);
} catch {
  if (results.build) counts.failed += 1;
}
const ok = Object.values(results).every(Boolean);
console.log(`\nStages: ${Object.entries(results).map(([k, v]) => `${k} ${v ? 'ok' : 'FAILED'}`).join(', ')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(ok ? 0 : 1);
