import type { Rubric } from './rubric';

const scale = (low: string, high: string) => [
  { value: '1', label: `1 · ${low}` },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: `5 · ${high}` },
];

/**
 * The default rubric for NExT-style rationales (issue 7): whether the
 * rationale finds the bug, whether its execution reasoning agrees with the
 * trace, whether it explains the fix, and its overall use to a developer.
 */
export const NEXT_RUBRIC: Rubric = {
  id: 'next-rationale',
  version: 1,
  name: 'NExT rationale quality',
  description: 'Judge the natural-language rationale that precedes the fixed program.',
  dimensions: [
    {
      id: 'identifies_bug',
      kind: 'ordinal',
      label: 'Identifies the bug correctly',
      required: true,
      // Ordered best to worst; the order is the scale for ordinal agreement.
      options: [
        { value: 'yes', label: 'yes' },
        { value: 'partly', label: 'partly' },
        { value: 'no', label: 'no' },
      ],
    },
    {
      id: 'trace_reasoning',
      kind: 'ordinal',
      label: 'Execution reasoning matches the trace',
      required: true,
      options: scale('contradicts the trace', 'every claim matches'),
    },
    { id: 'explains_fix', kind: 'ordinal', label: 'Explains why the fix works', required: true, options: scale('not at all', 'fully') },
    { id: 'usefulness', kind: 'ordinal', label: 'Overall usefulness to a developer', required: true, options: scale('useless', 'very useful') },
    // Item (5) of the issue, "a note", is the label's own `note` field, which every rubric has.
  ],
};
