import type { CellCounts } from './cells';
import type { RateCell } from './types';

export interface RatePair {
  split: number;
  problem: number;
  from: RateCell;
  to: RateCell;
}

export interface PairedRates {
  /** Problems with a known pass rate in both iterations. */
  pairs: RatePair[];
  /** Problems with a known rate in `from` only (absent, or only unknown outcomes, in `to`). */
  onlyInFrom: number;
  onlyInTo: number;
}

function rateCell(cells: CellCounts, c: number): RateCell {
  const known = cells.known[c]!;
  return { samples: cells.total[c]!, passed: cells.passed[c]!, rate: known ? cells.passed[c]! / known : null };
}

/**
 * Pairs each (split, problem) between two iterations. The pairing unit is the
 * problem: comparing iteration 3 with iteration 0 on the same problems is what
 * controls for problem difficulty. `split` (a code) restricts to one split.
 */
export function pairRates(cells: CellCounts, from: number, to: number, split: number | null = null): PairedRates {
  const fromCode = cells.iterations.indexOf(from);
  const toCode = cells.iterations.indexOf(to);
  const fromCells = new Map<string, number>();
  const toCells = new Map<string, number>();
  for (let c = 0; c < cells.length; c++) {
    if (split !== null && cells.split[c] !== split) continue;
    if (cells.known[c] === 0) continue;
    const key = `${cells.split[c]}:${cells.problem[c]}`;
    if (cells.iterCode[c] === fromCode) fromCells.set(key, c);
    if (cells.iterCode[c] === toCode) toCells.set(key, c);
  }
  const pairs: RatePair[] = [];
  let onlyInFrom = 0;
  for (const [key, a] of fromCells) {
    const b = toCells.get(key);
    if (b === undefined) {
      onlyInFrom++;
      continue;
    }
    pairs.push({ split: cells.split[a]!, problem: cells.problem[a]!, from: rateCell(cells, a), to: rateCell(cells, b) });
  }
  return { pairs, onlyInFrom, onlyInTo: toCells.size - pairs.length };
}
