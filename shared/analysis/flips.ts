import type { CellCounts } from './cells';
import type { SampleColumns } from './columns';
import { sortFlips, type FlipOrder } from './flipOrder';
import { pairRates } from './pairs';
import type { Flip, FlipKind, FlipsResult } from './types';

export interface FlipOptions {
  split?: string | null;
  /** Keep only these kinds (all when absent). */
  kinds?: FlipKind[];
  /** Longest list returned; `total` still counts every flip. */
  limit?: number;
  order?: FlipOrder;
}

/**
 * Problems whose pass rate changed between two iterations, largest change
 * first. A change from 0 passing samples to some is a fail→pass flip (the
 * headline of self-training); a rate that moved while staying above 0 is
 * "improved"/"regressed".
 */
export function computeFlips(cols: SampleColumns, cells: CellCounts, from: number, to: number, options: FlipOptions = {}): FlipsResult {
  const splitCode = options.split == null ? null : cols.splits.indexOf(options.split);
  const { pairs, onlyInFrom, onlyInTo } =
    splitCode === -1 ? { pairs: [], onlyInFrom: 0, onlyInTo: 0 } : pairRates(cells, from, to, splitCode);
  const counts = { 'fail-to-pass': 0, 'pass-to-fail': 0, improved: 0, regressed: 0, unchanged: 0, onlyInFrom, onlyInTo };
  const wanted = options.kinds ? new Set(options.kinds) : null;
  const flips: Flip[] = [];
  for (const p of pairs) {
    const delta = p.to.rate! - p.from.rate!;
    if (delta === 0) {
      counts.unchanged++;
      continue;
    }
    const kind: FlipKind =
      p.from.passed === 0 ? 'fail-to-pass' : p.to.passed === 0 ? 'pass-to-fail' : delta > 0 ? 'improved' : 'regressed';
    counts[kind]++;
    if (wanted && !wanted.has(kind)) continue;
    flips.push({ problem_id: cols.problems[p.problem]!, split: cols.splits[p.split]!, from: p.from, to: p.to, delta, kind });
  }
  sortFlips(flips, options.order ?? 'size');
  const total = flips.length;
  return { from, to, compared: pairs.length, counts, total, flips: options.limit ? flips.slice(0, options.limit) : flips };
}
