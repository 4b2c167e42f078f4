import { describe, expect, it } from 'vitest';
import { buildQueue, itemsFor, nextItem, queueProgress, type QueueCandidate } from './queue';

function rows(): QueueCandidate[] {
  const out: QueueCandidate[] = [];
  let index = 0;
  for (let iteration = 0; iteration < 3; iteration++) {
    for (let p = 0; p < 40; p++) {
      for (let s = 0; s < 2; s++) out.push({ index: index++, problem_id: `P${p}`, split: 'test', iteration, sample_index: s, model: 'm', passed: (p + s) % 2 === 0 });
    }
  }
  return out;
}
const spec = { seed: 'paper-eval-1', stratifyBy: ['iteration' as const], perStratum: 10, overlap: 6, annotators: ['ann', 'bob'] };

describe('buildQueue', () => {
  it('draws N per iteration', () => {
    const q = buildQueue(rows(), spec);
    expect(q).toHaveLength(30);
    for (const it of [0, 1, 2]) expect(q.filter((x) => x.key.iteration === it)).toHaveLength(10);
  });
  it('gives the identical queue whatever order the rows arrive in', () => {
    const shuffled = rows().reverse();
    expect(buildQueue(shuffled, spec).map((x) => x.sampleId)).toEqual(buildQueue(rows(), spec).map((x) => x.sampleId));
  });
  it('draws a different sample for a different seed', () => {
    const a = buildQueue(rows(), spec).map((x) => x.sampleId);
    const b = buildQueue(rows(), { ...spec, seed: 'other' }).map((x) => x.sampleId);
    expect(a).not.toEqual(b);
  });
  it('shares the overlap set across strata and splits the rest between annotators', () => {
    const q = buildQueue(rows(), spec);
    const shared = q.filter((x) => x.shared);
    expect(shared).toHaveLength(6);
    expect(new Set(shared.map((x) => x.key.iteration))).toEqual(new Set([0, 1, 2]));
    const ann = itemsFor(q, 'ann');
    const bob = itemsFor(q, 'bob');
    expect(ann).toHaveLength(6 + 12);
    expect(bob).toHaveLength(6 + 12);
    const annOnly = ann.filter((x) => !x.shared).map((x) => x.sampleId);
    expect(bob.some((x) => annOnly.includes(x.sampleId))).toBe(false);
  });
  it('counts a sample indexed twice (duplicate lines) once', () => {
    const twice = [...rows(), ...rows().map((r) => ({ ...r, index: r.index + 1000 }))];
    const q = buildQueue(twice, { ...spec, perStratum: 80 });
    expect(q).toHaveLength(240);
    expect(new Set(q.map((x) => x.sampleId)).size).toBe(240);
  });
  it('gives everyone every item when no annotators are listed', () => {
    const q = buildQueue(rows(), { ...spec, annotators: [] });
    expect(itemsFor(q, 'anyone')).toHaveLength(30);
  });
});

describe('queue navigation and progress', () => {
  const q = buildQueue(rows(), { ...spec, annotators: [] });
  it('reports progress against labelled samples', () => {
    const labelled = new Set([q[0]!.sampleId, q[1]!.sampleId]);
    expect(queueProgress(q, labelled)).toMatchObject({ total: 30, done: 2 });
  });
  it('skips labelled items when only unlabelled are wanted, and wraps', () => {
    const labelled = new Set([q[1]!.sampleId]);
    expect(nextItem(q, q[0]!.sampleId, labelled, true)?.sampleId).toBe(q[2]!.sampleId);
    expect(nextItem(q, q[0]!.sampleId, labelled, false)?.sampleId).toBe(q[1]!.sampleId);
    expect(nextItem(q, q[29]!.sampleId, labelled, false)?.sampleId).toBe(q[0]!.sampleId);
    expect(nextItem(q, q[0]!.sampleId, labelled, false, -1)?.sampleId).toBe(q[29]!.sampleId);
  });
  it('returns null when everything is labelled', () => {
    expect(nextItem(q, null, new Set(q.map((x) => x.sampleId)), true)).toBeNull();
  });
});
