import { promises as fs } from 'node:fs';
import path from 'node:path';

export type SourceKind = 'jsonl' | 'jsonl.gz' | 'json';

export interface SourceFile {
  path: string;
  relPath: string;
  size: number;
  mtimeMs: number;
  kind: SourceKind;
}

export interface Discovered {
  /** Resolved dataset path (file or folder). */
  root: string;
  /** Sample files in natural order (`iter2` before `iter10`). */
  files: SourceFile[];
  /** `problems.jsonl` files: tasks joined by problem_id. */
  problems: SourceFile[];
}

const PROBLEMS_RE = /^problems\.jsonl(\.gz)?$/i;

export function sourceKind(name: string): SourceKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl.gz') || lower.endsWith('.ndjson.gz')) return 'jsonl.gz';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  return null;
}

/** `iter2` before `iter10`: digit runs compare as numbers (Intl.Collator costs ~100 ms to load). */
export function naturalCompare(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y) ? Number(x) - Number(y) : 0;
    if (nx) return nx;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

async function describe(p: string, base: string): Promise<SourceFile | null> {
  const kind = sourceKind(p);
  if (!kind) return null;
  const st = await fs.stat(p);
  return { path: p, relPath: path.relative(base, p) || path.basename(p), size: st.size, mtimeMs: st.mtimeMs, kind };
}

/** Opening `/` or a home folder by mistake must fail fast, not walk the disk. */
const MAX_ENTRIES = 50_000;

async function walk(dir: string, out: string[], depth: number, seen = { n: 0 }): Promise<void> {
  if (depth > 8) return;
  const entries = await fs.readdir(dir, { withFileTypes: true });
  seen.n += entries.length;
  if (seen.n > MAX_ENTRIES) throw new Error(`${dir}: more than ${MAX_ENTRIES.toLocaleString('en')} entries under the folder; open the folder that holds the dataset`);
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, depth + 1, seen);
    else if (e.isFile()) out.push(p);
  }
}

/**
 * The files of a dataset: one file, or every .jsonl / .jsonl.gz / .json
 * under a folder. A `problems.jsonl` beside a single file is picked up too.
 * Throws with a readable message when the path does not exist.
 */
export async function discoverFiles(input: string): Promise<Discovered> {
  const root = path.resolve(input);
  let st;
  try {
    st = await fs.stat(root);
  } catch {
    throw new Error(`${input}: no such file or folder`);
  }
  let candidates: string[] = [];
  let base: string;
  if (st.isDirectory()) {
    base = root;
    await walk(root, candidates, 0);
  } else {
    base = path.dirname(root);
    candidates = [root];
    const beside = path.join(base, 'problems.jsonl');
    if (!PROBLEMS_RE.test(path.basename(root)) && (await fs.stat(beside).catch(() => null))?.isFile()) candidates.push(beside);
    if (!sourceKind(root)) throw new Error(`${input}: not a dataset file (expected .jsonl, .jsonl.gz or .json)`);
  }
  const files: SourceFile[] = [];
  const problems: SourceFile[] = [];
  for (const c of candidates.sort(naturalCompare)) {
    const f = await describe(c, base);
    if (!f) continue;
    (PROBLEMS_RE.test(path.basename(c)) ? problems : files).push(f);
  }
  return { root, files, problems };
}
