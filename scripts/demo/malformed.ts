import type { Sample } from '../../shared/dataset/types';

/** Where the damaged shard goes: beside the dev shard it extends. */
export const MALFORMED_SHARD = 'dev/iter0.part2.jsonl';

/**
 * `dev/iter0.part2.jsonl`: good records mixed with the faults real runs
 * produce, so the skipped-lines report has something to show. `good` are
 * genuine extra samples; the damaged lines are copies of them, broken.
 */
export function malformedLines(good: Sample[]): string[] {
  const ok = good.map((s) => JSON.stringify(s) + '\n');
  const { problem_id: _dropped, ...noId } = good[0];
  const truncated = JSON.stringify(good[1]);
  return [
    ok[0],
    // A writer that crashed mid-record: the string never closes.
    `{"problem_id": "${good[0].problem_id}", "split": "${good[0].split}", "iteration": 0, "rationale": "The loop\n`,
    ok[1],
    JSON.stringify(noId) + '\n',
    ok[2],
    'not json at all: Traceback (most recent call last):\n',
    JSON.stringify({ problem_id: { id: 4 }, split: good[0].split, iteration: 0 }) + '\n',
    ok[3],
    // The file ends inside a record, as when a job is killed while writing.
    truncated.slice(0, Math.floor(truncated.length / 2)),
  ];
}
