import type { Flip } from '../../../../shared/contract';

export type FlipOrder = 'size' | 'gain' | 'loss' | 'problem';

export const flipOrders: { id: FlipOrder; label: string }[] = [
  { id: 'size', label: 'Largest change' },
  { id: 'gain', label: 'Most improved' },
  { id: 'loss', label: 'Most regressed' },
  { id: 'problem', label: 'Problem id' },
];

const byId = (a: Flip, b: Flip) => a.problem_id.localeCompare(b.problem_id, undefined, { numeric: true }) || a.split.localeCompare(b.split);

/** A sorted copy; ties always fall back to the problem id so the order is stable. */
export function sortFlips(flips: readonly Flip[], order: FlipOrder): Flip[] {
  const key: Record<FlipOrder, (a: Flip, b: Flip) => number> = {
    size: (a, b) => Math.abs(b.delta) - Math.abs(a.delta),
    gain: (a, b) => b.delta - a.delta,
    loss: (a, b) => a.delta - b.delta,
    problem: () => 0,
  };
  return [...flips].sort((a, b) => key[order](a, b) || byId(a, b));
}

export const kindLabels: Record<Flip['kind'], string> = {
  'fail-to-pass': 'fail → pass',
  'pass-to-fail': 'pass → fail',
  improved: 'improved',
  regressed: 'regressed',
};
