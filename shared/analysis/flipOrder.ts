import type { Flip } from './types';

export const flipOrderIds = ['size', 'gain', 'loss', 'problem'] as const;
export type FlipOrder = (typeof flipOrderIds)[number];

const byId = (a: Flip, b: Flip) => a.problem_id.localeCompare(b.problem_id, undefined, { numeric: true }) || a.split.localeCompare(b.split);

const keys: Record<FlipOrder, (a: Flip, b: Flip) => number> = {
  size: (a, b) => Math.abs(b.delta) - Math.abs(a.delta),
  gain: (a, b) => b.delta - a.delta,
  loss: (a, b) => a.delta - b.delta,
  problem: () => 0,
};

/**
 * Sorts flips in place: largest change, most improved, most regressed or by
 * problem id (naturally: p2 before p10). Ties fall back to the problem id so
 * the order is stable. Done before any limit, so "most regressed" is right
 * even when only the first thousands are sent.
 */
export function sortFlips(flips: Flip[], order: FlipOrder): Flip[] {
  return flips.sort((a, b) => keys[order](a, b) || byId(a, b));
}
