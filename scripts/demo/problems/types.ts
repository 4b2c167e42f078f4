/**
 * A demo problem, written for Tracelens in the style of MBPP (not copied from
 * any dataset). The generator runs every program below through the project's
 * tracer; nothing about pass/fail is stated here, it is measured.
 */
export type BugKind =
  | 'off-by-one'
  | 'wrong-operator'
  | 'wrong-initial-value'
  | 'missing-case'
  | 'wrong-return'
  | 'edge-exception';

export interface DemoBug {
  kind: BugKind;
  /** The buggy program (same function name as the reference). */
  code: string;
  /** What is wrong, in the voice of a good rationale; may use Markdown code spans. */
  why: string;
}

export interface DemoProblem {
  /** Stable short name; the problem id is `demo/<NN>` in list order. */
  slug: string;
  description: string;
  entryPoint: string;
  /** A correct solution. */
  reference: string;
  /** Other correct solutions, so that correct fixes are not all identical. */
  alternatives?: string[];
  /** Assert statements, at least three. */
  tests: string[];
  /** The first bug is the task's `buggy_code`; the others serve as wrong fixes. */
  bugs: DemoBug[];
}
