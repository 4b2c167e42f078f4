import { py } from './py';
import type { DemoProblem } from './types';

/**
 * Loops that may never end. The tracer's step cap cuts the buggy program's
 * trace (outcome `step-limit`), so the demo shows a truncated trace too.
 */
export const loops: DemoProblem[] = [
  {
    slug: 'count-digits',
    description: 'Write a function that returns the number of decimal digits of a non-negative integer (0 has one digit).',
    entryPoint: 'count_digits',
    reference: py`
def count_digits(n):
    count = 1
    while n >= 10:
        n //= 10
        count += 1
    return count
`,
    alternatives: [
      py`
def count_digits(n):
    return len(str(n))
`,
    ],
    tests: ['assert count_digits(7) == 1', 'assert count_digits(1234) == 4', 'assert count_digits(10) == 2'],
    bugs: [
      {
        kind: 'wrong-operator',
        code: py`
def count_digits(n):
    count = 1
    while n >= 10:
        n // 10
        count += 1
    return count
`,
        why: '`n // 10` computes the shorter number and throws it away; without `n //= 10` the value of `n` never changes and the loop never ends.',
      },
      {
        kind: 'wrong-initial-value',
        code: py`
def count_digits(n):
    count = 0
    while n >= 10:
        n //= 10
        count += 1
    return count
`,
        why: 'The count starts at `0`, but the loop stops before counting the last remaining digit, so every answer is one short.',
      },
    ],
  },
];
