// The in-browser benchmarks (sample list, timeline) bundle a page around a real
// renderer component and open it from file:// in Chromium; this builds that page.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The value after `--name` on the command line, else `fallback`. */
export function benchArg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/**
 * Bundles `scripts/bench/<name>.page.jsx` (and the CSS it imports) into a
 * temporary folder with an index.html whose #root has `rootStyle`. Returns
 * the page's URL and a function that removes the folder.
 */
export async function buildBenchPage(name, { rootStyle, plugins = [] }) {
  const out = mkdtempSync(path.join(tmpdir(), `tl-bench-${name}-`));
  await build({
    entryPoints: [path.join(here, `${name}.page.jsx`)],
    bundle: true,
    minify: true,
    format: 'iife', // a classic script: Chromium refuses module scripts from file://
    jsx: 'automatic',
    outdir: out,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins,
    logLevel: 'error',
  });
  writeFileSync(
    path.join(out, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${name}.page.css"></head>` +
      `<body><div id="root" style="${rootStyle}"></div><script src="${name}.page.js"></script></body></html>`,
  );
  return { url: `file://${path.join(out, 'index.html')}`, remove: () => rmSync(out, { recursive: true, force: true }) };
}
