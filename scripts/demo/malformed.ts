import type { Sample } from '../../shared/dataset/types';

/**
 * `broken/malformed.jsonl`: good records mixed with the faults real runs
 * produce, so the skipped-lines report has something to show. The good ones
 * get their own split, `broken`, so that they do not double-count dev.
 */
export function malformedLines(good: Sample[]): string[] {
  const ok = good.map((s, i) => JSON.stringify({ ...s, split: 'broken', sample_index: i }) + '\n');
  const { problem_id: _dropped, ...noId } = { ...good[0], split: 'broken', sample_index: 90 };
  const truncated = JSON.stringify({ ...good[1], split: 'broken', sample_index: 91 });
  return [
    ok[0],
    // A writer that crashed mid-record: the string never closes.
    '{"problem_id": "demo/04", "split": "broken", "iteration": 0, "rationale": "The loop\n',
    ok[1],
    JSON.stringify(noId) + '\n',
    ok[2],
    'not json at all: Traceback (most recent call last):\n',
    JSON.stringify({ problem_id: { id: 4 }, split: 'broken', iteration: 0 }) + '\n',
    ok[3],
    // The file ends inside a record, as when a job is killed while writing.
    truncated.slice(0, Math.floor(truncated.length / 2)),
  ];
}
