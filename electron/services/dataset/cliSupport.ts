import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SampleColumns } from '../../../shared/analysis/columns';
import type { StatsRow } from '../../../shared/contract/dataset';
import { computeStats } from '../../../shared/dataset/stats';
import type { InputIssue } from '../../../shared/dataset/types';
import { Dict } from './columns';
import { DatasetService } from './datasetService';
import type { OpenDataset } from './openDataset';

/** Reads `--mapping <file>` for the CLI (the file holds the mapping JSON). */
export async function readMappingFile(file: string | undefined): Promise<string | null> {
  if (!file) return null;
  return fs.readFile(file, 'utf8');
}

/**
 * A CLI command's datasets: opens every path (with `--mapping`) in a
 * throwaway service, hands them to `use` for its exit status, and turns any
 * failure into one `tracelens <command>: reason` line and exit status 2.
 */
export async function withDatasets(
  command: string,
  paths: string[],
  options: { mapping?: string; strict?: boolean },
  err: (s: string) => void,
  use: (datasets: OpenDataset[]) => number | Promise<number>,
): Promise<number> {
  const svc = new DatasetService({ cacheDir: null, strict: options.strict });
  try {
    const mapping = await readMappingFile(options.mapping);
    const datasets: OpenDataset[] = [];
    for (const p of paths) datasets.push(await svc.openAndWait(p, mapping));
    return await use(datasets);
  } catch (e) {
    err(`tracelens ${command}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  } finally {
    await svc.dispose();
  }
}

/**
 * What a figures command says on stderr about input it could not use: the
 * lines skipped (of how many) and the files whose fields were not recognised.
 */
export function reportUnread(command: string, datasets: OpenDataset[], err: (s: string) => void): void {
  const skipped = datasets.reduce((n, d) => n + d.summary().skipped, 0);
  const lines = datasets.reduce((n, d) => n + d.summary().lines, 0);
  if (skipped) err(`tracelens ${command}: ${skipped.toLocaleString('en')} of ${lines.toLocaleString('en')} lines skipped (run \`tracelens validate\` to list them)`);
  for (const d of datasets) for (const u of d.unrecognised) err(`tracelens ${command}: ${u.file}: fields not recognised (${u.fields.join(', ')}); pass --mapping`);
}

/** An issue's file as a path from the current directory, so editors can jump to `file:line`. */
export function issuePath(ds: OpenDataset, issue: InputIssue, cwd = process.cwd()): string {
  const base = ds.files.some((f) => f.source.path === ds.root) ? path.dirname(ds.root) : ds.root;
  return path.relative(cwd, path.join(base, issue.file)) || issue.file;
}

/** Compiler-style `file:line: reason` (warnings marked), one per issue. */
export function formatIssue(file: string, issue: InputIssue): string {
  return `${file}:${issue.line}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.reason}`;
}

/**
 * The columns of several opened datasets as one (e.g. `train/` and an eval
 * file given side by side): split and problem names are re-coded into shared
 * dictionaries so rows of the same split × iteration pool.
 */
export function mergeColumns(datasets: OpenDataset[]): SampleColumns {
  const splits = new Dict();
  const problems = new Dict();
  const total = datasets.reduce((n, d) => n + d.columns.count, 0);
  const out = {
    split: new Uint32Array(total),
    problem: new Uint32Array(total),
    iteration: new Int32Array(total),
    sampleIndex: new Int32Array(total),
    passed: new Int8Array(total),
    rationaleChars: new Uint32Array(total),
    consistent: new Int32Array(total),
    contradicted: new Int32Array(total),
    unverifiable: new Int32Array(total),
  };
  let at = 0;
  for (const d of datasets) {
    const c = d.columns.cols;
    const sMap = d.columns.splits.values.map((v) => splits.code(v));
    const pMap = d.columns.problems.values.map((v) => problems.code(v));
    for (let r = 0; r < d.columns.count; r++, at++) {
      out.split[at] = sMap[c.split[r]];
      out.problem[at] = pMap[c.problem[r]];
      out.iteration[at] = c.iteration[r];
      out.sampleIndex[at] = c.sampleIndex[r];
      out.passed[at] = c.passed[r];
      out.rationaleChars[at] = c.rationaleChars[r];
      out.consistent[at] = c.gConsistent[r];
      out.contradicted[at] = c.gContradicted[r];
      out.unverifiable[at] = c.gUnverifiable[r];
    }
  }
  const { consistent, contradicted, unverifiable, ...rest } = out;
  return { ...rest, length: total, splits: splits.values, problems: problems.values, grounding: { consistent, contradicted, unverifiable } };
}

/** Statistics over several opened datasets at once (rows of the same split × iteration are pooled). */
export function statsAcross(datasets: OpenDataset[]): StatsRow[] {
  const cols = mergeColumns(datasets);
  const rows = { [Symbol.iterator]: function* () { for (let i = 0; i < cols.length; i++) yield i; } };
  return computeStats({ ...cols, splitNames: cols.splits, grounding: cols.grounding ?? undefined }, rows);
}

/** The stats table for a terminal: fixed columns, "n/a" where a value is undefined. */
export function formatStatsTable(rows: StatsRow[]): string {
  const num = (v: number | null, digits = 3) => (v === null ? 'n/a' : v.toFixed(digits));
  const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`);
  const header = ['split', 'iter', 'samples', 'problems', 'fix rate', 'pass@1', 'pass@5', 'pass@10', 'rationale chars'];
  const body = rows.map((r) => [r.split, String(r.iteration), String(r.samples), String(r.problems), pct(r.fix_rate), num(r.pass_at_k['1']), num(r.pass_at_k['5']), num(r.pass_at_k['10']), r.mean_rationale_chars === null ? 'n/a' : r.mean_rationale_chars.toFixed(0)]);
  return alignColumns([header, ...body], (i) => i > 0).join('\n');
}

/** Rows of cells as text columns two spaces apart, column `i` right-aligned when `right(i)`; no trailing spaces. */
export function alignColumns(rows: string[][], right: (i: number) => boolean): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (right(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
}
