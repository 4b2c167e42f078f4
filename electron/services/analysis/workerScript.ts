import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BUNDLE = 'analysisWorker.cjs';

/** Newest modification time of the TypeScript sources under `dirs`. */
function sourcesStamp(dirs: string[]): number {
  let newest = 0;
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) if (existsSync(d)) visit(d);
  return Math.round(newest);
}

/**
 * Where the analysis worker bundle is, as the dataset worker pool finds its
 * own: beside the bundled main/cli (unpacked from app.asar in a packaged
 * app), or — under vitest, which runs TypeScript sources — built from source
 * with esbuild into a temp folder once per version of the sources (written
 * atomically, shared by test processes). Null when neither works.
 */
export function resolveAnalysisWorkerScript(): string | null {
  const unpacked = path.join(__dirname.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), BUNDLE);
  if (unpacked !== path.join(__dirname, BUNDLE) && existsSync(unpacked)) return unpacked;
  const bundled = path.join(__dirname, BUNDLE);
  if (existsSync(bundled)) return bundled;
  const source = path.join(__dirname, 'worker', 'analysisWorker.ts');
  if (!existsSync(source)) return null;
  const shared = path.join(__dirname, '..', '..', '..', 'shared');
  const stamp = sourcesStamp([path.join(__dirname, 'worker'), path.join(shared, 'analysis'), path.join(shared, 'stats'), path.join(shared, 'contract')]);
  const outDir = path.join(tmpdir(), 'tracelens-dev-worker');
  const outfile = path.join(outDir, `analysisWorker-${stamp}.cjs`);
  if (existsSync(outfile)) return outfile;
  try {
    mkdirSync(outDir, { recursive: true });
    const esbuild = createRequire(__filename)('esbuild') as typeof import('esbuild');
    const tmp = `${outfile}.${process.pid}.tmp`;
    esbuild.buildSync({ entryPoints: [source], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: tmp, logLevel: 'silent' });
    renameSync(tmp, outfile);
    return outfile;
  } catch {
    return null;
  }
}
