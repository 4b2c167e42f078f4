import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueCandidate } from './queue';
import { compareWithShared, parseQueueFile, queueFile } from './queueFile';

const rows: QueueCandidate[] = Array.from({ length: 60 }, (_, i) => ({
  index: i, problem_id: `P${i % 20}`, split: 'test', iteration: Math.floor(i / 20), sample_index: 0, model: null, passed: null,
}));
const spec = { name: 'Pilot', seed: 'abc', query: '', stratifyBy: ['iteration' as const], perStratum: 5, overlap: 3, annotators: ['ann', 'bob'] };

describe('shared queue files', () => {
  it('round-trip: a second annotator rebuilds an identical queue from the file', () => {
    const file = queueFile(spec, buildQueue(rows, spec));
    const parsed = parseQueueFile(file);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.spec).toEqual(spec);
    const rebuilt = buildQueue([...rows].reverse(), parsed.spec);
    expect(compareWithShared(rebuilt, parsed.keys)).toEqual({ identical: true, missing: 0, extra: 0 });
  });
  it('reports how many items differ when the dataset is not the same', () => {
    const file = queueFile(spec, buildQueue(rows, spec));
    const parsed = parseQueueFile(file);
    if ('error' in parsed) throw new Error(parsed.error);
    const fewer = rows.filter((r) => r.problem_id !== parsed.keys[0]!.problem_id);
    const cmp = compareWithShared(buildQueue(fewer, parsed.spec), parsed.keys);
    expect(cmp.identical).toBe(false);
    expect(cmp.missing).toBeGreaterThan(0);
  });
  it('refuses files that are not queue files', () => {
    expect(parseQueueFile('{"format": "tracelens.labels"}')).toMatchObject({ error: expect.stringMatching(/not a Tracelens queue file/) });
    expect(parseQueueFile('nope')).toMatchObject({ error: expect.stringMatching(/not JSON/) });
  });
});
