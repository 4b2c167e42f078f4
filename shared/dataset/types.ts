import type { StructuredTrace } from '../trace/types';

/** The problem a sample tries to repair. */
export interface Task {
  description?: string;
  buggy_code?: string;
  /** Assert statements, one per test. */
  tests?: string[];
  entry_point?: string;
  /** A known-correct solution, when the source dataset has one (MBPP, HumanEval, DebugBench). */
  reference_code?: string;
}

export interface TestResult {
  test: string;
  passed: boolean;
  error?: string | null;
}

/**
 * One sample of a NExT-style self-training run, in the canonical format
 * documented in `datasets/README.md`. Adapters turn foreign records into this.
 */
export interface Sample {
  problem_id: string;
  split: string;
  iteration: number;
  sample_index: number;
  model?: string;
  task?: Task;
  /** A NExT inline-commented program string, a structured trace, or absent. */
  trace?: string | StructuredTrace | null;
  rationale?: string;
  fixed_code?: string;
  test_results?: TestResult[];
  passed?: boolean | null;
  meta?: Record<string, unknown>;
}

/** Stable identity of a sample across regenerated files (labels join on it). */
export interface SampleKey {
  problem_id: string;
  split: string;
  iteration: number;
  sample_index: number;
}

/** One reported problem in the input: compiler style `file:line: reason`. */
export interface InputIssue {
  file: string;
  /** 1-based line (for JSON arrays: the element index + 1). */
  line: number;
  reason: string;
  /** The first bytes of the offending line, for "show them". */
  excerpt?: string;
  /** 'error' (the line was skipped) unless stated; 'warning' notes input that still loaded (e.g. an empty file). */
  severity?: 'error' | 'warning';
}
