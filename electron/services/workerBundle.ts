import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

export interface WorkerBundleSpec {
  /** Bundle name without extension, as in scripts/build.mjs (`datasetWorker` → datasetWorker.cjs). */
  name: string;
  /** The caller's `__dirname`: the bundled main/cli's folder in a build, the service's source folder under vitest. */
  dir: string;
  /** The worker's TypeScript entry, built when no bundle exists. */
  source: string;
  /** Folders whose sources the bundle includes: a change in any of them builds a new one. */
  sourceDirs: string[];
}

/**
 * Where a worker-thread bundle is: beside the bundled main/cli (unpacked
 * from app.asar in a packaged app, as worker threads cannot load from it),
 * or — under vitest and the benchmarks, which run TypeScript sources —
 * built from source with esbuild into a temp folder once per version of the
 * sources (written atomically, shared by test processes). Null when neither
 * works: callers then run the work in-thread.
 */
export function resolveWorkerBundle({ name, dir, source, sourceDirs }: WorkerBundleSpec): string | null {
  const file = `${name}.cjs`;
  const bundled = path.join(dir, file);
  const unpacked = path.join(dir.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), file);
  if (unpacked !== bundled && existsSync(unpacked)) return unpacked;
  if (existsSync(bundled)) return bundled;
  if (!existsSync(source)) return null;
  const outDir = path.join(tmpdir(), 'tracelens-dev-worker');
  const outfile = path.join(outDir, `${name}-${sourcesStamp(sourceDirs)}.cjs`);
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
