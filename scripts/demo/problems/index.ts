import { basics } from './basics';
import { collections } from './collections';
import { loops } from './loops';
import { numbers } from './numbers';
import { searching } from './searching';
import { strings } from './strings';
import type { DemoProblem } from './types';

export type { BugKind, DemoBug, DemoProblem } from './types';

/** All demo problems in a fixed order; the order defines the ids `demo/01`… */
export const demoProblems: DemoProblem[] = [...basics, ...strings, ...numbers, ...searching, ...collections, ...loops];

export function problemId(index: number): string {
  return `demo/${String(index + 1).padStart(2, '0')}`;
}
