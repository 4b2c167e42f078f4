import type { CellCounts } from './cells';
import { PASSED, UNKNOWN, type SampleColumns } from './columns';
import type { ProblemIterationRow, ProblemResult, ProblemSampleCell } from './types';

/**
 * The iterations × samples grid of one problem. One scan of the problem
 * column (a few ms on a million rows). Every iteration present in the
 * dataset gets a row, so "no samples in iteration 2" is visible rather than
 * the row silently missing.
 */
export function computeProblem(cols: SampleColumns, cells: CellCounts, problemId: string): ProblemResult {
  const code = cols.problems.indexOf(problemId);
  if (code < 0) return { problem_id: problemId, rows: [], maxSamples: 0, found: false };
  const I = cells.iterations.length;
  const bySplit = new Map<number, ProblemSampleCell[][]>();
  const gr = cols.grounding;
  for (let i = 0; i < cols.length; i++) {
    if (cols.problem[i] !== code) continue;
    const s = cols.split[i]!;
    let rows = bySplit.get(s);
    if (!rows) bySplit.set(s, (rows = Array.from({ length: I }, () => [])));
    const o = cols.passed[i]!;
    rows[cells.rowIterCode[i]!]!.push({
      index: cols.rowIds ? cols.rowIds[i]! : i,
      sample_index: cols.sampleIndex[i]!,
      passed: o === UNKNOWN ? null : o === PASSED,
      rationaleChars: cols.rationaleChars[i]!,
      grounding:
        gr && gr.consistent[i]! >= 0
          ? { consistent: gr.consistent[i]!, contradicted: gr.contradicted[i]!, unverifiable: gr.unverifiable[i]! }
          : null,
    });
  }
  const rows: ProblemIterationRow[] = [];
  let maxSamples = 0;
  for (const s of [...bySplit.keys()].sort((x, y) => x - y)) {
    bySplit.get(s)!.forEach((samples, it) => {
      samples.sort((x, y) => x.sample_index - y.sample_index || x.index - y.index);
      const known = samples.filter((c) => c.passed !== null).length;
      const passed = samples.filter((c) => c.passed === true).length;
      maxSamples = Math.max(maxSamples, samples.length);
      rows.push({
        split: cols.splits[s]!,
        iteration: cells.iterations[it]!,
        samples,
        rate: { samples: samples.length, passed, rate: known ? passed / known : null },
      });
    });
  }
  return { problem_id: problemId, rows, maxSamples, found: true };
}
