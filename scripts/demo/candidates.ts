import type { TestResult } from '../../shared/dataset/types';
import type { StructuredTrace } from '../../shared/trace/types';
import type { DemoProblem } from './problems';
import { type FixOutcome, outcomeOf, testResultsOf } from './results';
import type { TraceRunner } from './runner';

/**
 * The programs a simulated model may write as its "fix", each already run
 * against the tests. Where a candidate comes from is fixed; whether it passes
 * is measured.
 */
export type FixSource = 'reference' | 'alternative' | 'other-bug' | 'unchanged';

export interface Candidate {
  source: FixSource;
  code: string;
  results: TestResult[];
  outcome: FixOutcome;
}

export interface PreparedProblem {
  problem: DemoProblem;
  buggyCode: string;
  /** The buggy program traced against all tests (the model's input in NExT). */
  buggyTrace: StructuredTrace;
  candidates: Candidate[];
}

export async function prepareProblem(problem: DemoProblem, runner: TraceRunner): Promise<PreparedProblem> {
  const [bug, ...otherBugs] = problem.bugs;
  const buggyTrace = await runner.trace(bug.code, problem.tests);
  const programs: Array<[FixSource, string]> = [
    ['reference', problem.reference],
    ...(problem.alternatives ?? []).map((c): [FixSource, string] => ['alternative', c]),
    ...otherBugs.map((b): [FixSource, string] => ['other-bug', b.code]),
    ['unchanged', bug.code],
  ];
  const candidates: Candidate[] = [];
  for (const [source, code] of programs) {
    const results = testResultsOf(await runner.trace(code, problem.tests), problem.entryPoint);
    candidates.push({ source, code, results, outcome: outcomeOf(results) });
  }
  // The data files are the contract: a reference that fails or a bug that passes is a typo to fix there.
  const broken = candidates.find(
    (c) => (c.source === 'reference' || c.source === 'alternative') !== (c.outcome === 'correct'),
  );
  if (broken) {
    const failures = broken.results.filter((r) => !r.passed).map((r) => `${r.test}: ${r.error}`);
    throw new Error(
      `demo problem ${problem.slug}: the ${broken.source} program ${broken.outcome === 'correct' ? 'passes every test' : `fails (${failures.join('; ')})`}`,
    );
  }
  return { problem, buggyCode: bug.code, buggyTrace, candidates };
}
