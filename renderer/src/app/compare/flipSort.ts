import type { Flip } from '../../../../shared/contract';
import type { FlipOrder } from '../../../../shared/analysis/flipOrder';

export type { FlipOrder } from '../../../../shared/analysis/flipOrder';

export const flipOrders: { id: FlipOrder; label: string }[] = [
  { id: 'size', label: 'Largest change' },
  { id: 'gain', label: 'Most improved' },
  { id: 'loss', label: 'Most regressed' },
  { id: 'problem', label: 'Problem id' },
];

export const kindLabels: Record<Flip['kind'], string> = {
  'fail-to-pass': 'fail → pass',
  'pass-to-fail': 'pass → fail',
  improved: 'improved',
  regressed: 'regressed',
};
