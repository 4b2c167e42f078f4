import { describe, expect, it } from 'vitest';
import { agreementByDimension } from '../../../../../shared/annotation/agreement/byDimension';
import { NEXT_RUBRIC } from '../../../../../shared/annotation/defaultRubric';
import { exportCsv, exportJsonl } from '../../../../../shared/annotation/exportFormat';
import { parseLabelExport } from '../../../../../shared/annotation/importParse';
import { planImport } from '../../../../../shared/annotation/importPlan';
import { fixtureLabel } from '../../../../../shared/annotation/testFixtures';
import { createAnnotationHandler } from './handler';
import type { ParsedSummary, WorkerRequest, WorkerResponse } from './protocol';

/** The handler as the worker runs it: every message goes through structured clone, as postMessage does. */
function harness() {
  const out: WorkerResponse[] = [];
  const handle = createAnnotationHandler((m) => out.push(structuredClone(m)));
  const send = (r: WorkerRequest) => {
    const from = out.length;
    handle(structuredClone(r));
    return out.slice(from);
  };
  return { send };
}

const done = (messages: WorkerResponse[]) => {
  const last = messages.at(-1)!;
  if (last.type !== 'done') throw new Error(`expected done, got ${JSON.stringify(last)}`);
  return last.result;
};

const values = (i: number) => ({ identifies_bug: ['yes', 'partly', 'no'][i % 3]!, trace_reasoning: String((i % 5) + 1), explains_fix: '3', usefulness: String((i % 4) + 1) });
const bobs = Array.from({ length: 4200 }, (_, i) => fixtureLabel('bob', `P${i}`, values(i)));
const file = exportJsonl({ datasetId: 'elsewhere', labels: bobs, rubrics: [NEXT_RUBRIC], now: new Date('2026-03-01T00:00:00Z') });

describe('annotation worker handler', () => {
  it('parses in the worker, reports lines read, and plans exactly as planImport does', () => {
    const { send } = harness();
    const parsedMessages = send({ id: 1, kind: 'import:parse', args: { text: file, fileName: 'bob.jsonl', datasetId: 'ds1' } });
    const progress = parsedMessages.filter((m) => m.type === 'progress');
    expect(progress.map((m) => [m.done, m.total])).toEqual([[2000, 4202], [4000, 4202], [4202, 4202]]);
    const summary = done(parsedMessages) as ParsedSummary;
    expect(summary).toMatchObject({ parseId: 1, fatal: null, declaredRubrics: [{ id: NEXT_RUBRIC.id, version: 1 }] });
    expect(summary.problemIds).toHaveLength(4200);
    expect(summary.labelIds[0]).toBe(JSON.stringify(['ds1', 'bob', 'P0', 'test', 1, 0]));

    // The main side found P0..P99 in the dataset, and bob's P1 label is already stored with another value.
    const stored = { ...fixtureLabel('bob', 'P1', values(2)), id: JSON.stringify(['ds1', 'bob', 'P1', 'test', 1, 0]) };
    const known = summary.sampleIds.slice(0, 100).map((id, i): [string, number] => [id, 1000 + i]);
    const plan = done(send({ id: 2, kind: 'import:plan', args: { parseId: 1, rubrics: [NEXT_RUBRIC], existing: [stored], known } })) as ReturnType<typeof planImport>;

    const direct = planImport(parseLabelExport(file, 'bob.jsonl'), {
      datasetId: 'ds1',
      existing: new Map([[stored.id, stored]]),
      rubrics: [NEXT_RUBRIC],
      isKnownSample: (id) => known.some(([k]) => k === id),
    });
    for (const l of direct.add) l.indexHint = 1000 + Number(l.key.problem_id.slice(1));
    expect(plan).toEqual(direct);
    expect(plan).toMatchObject({ rowsInFile: 4200, unchanged: 0 });
    expect(plan.add).toHaveLength(99);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.rejected).toHaveLength(4100);
    expect(plan.add[0]).toMatchObject({ datasetId: 'ds1', indexHint: 1000 });
  });

  it('refuses to plan a file it no longer holds, with a reason', () => {
    const { send } = harness();
    send({ id: 1, kind: 'import:parse', args: { text: file, fileName: 'a.jsonl', datasetId: 'ds1' } });
    send({ id: 2, kind: 'import:parse', args: { text: file, fileName: 'b.jsonl', datasetId: 'ds1' } });
    const [answer] = send({ id: 3, kind: 'import:plan', args: { parseId: 1, rubrics: [NEXT_RUBRIC], existing: [], known: [] } });
    expect(answer).toMatchObject({ id: 3, type: 'failed', message: expect.stringMatching(/read it again/) });
  });

  it('turns a half-written file into a refused plan, not an error', () => {
    const { send } = harness();
    const summary = done(send({ id: 1, kind: 'import:parse', args: { text: file.slice(0, -30), fileName: 'cut.jsonl', datasetId: 'ds1' } })) as ParsedSummary;
    expect(summary.fatal).toMatch(/cut\.jsonl: .*half-written/);
    const plan = done(send({ id: 2, kind: 'import:plan', args: { parseId: 1, rubrics: [NEXT_RUBRIC], existing: [], known: [] } })) as ReturnType<typeof planImport>;
    expect(plan.fatal).toBe(summary.fatal);
    expect(plan.add).toEqual([]);
  });

  it('computes agreement with intervals equal to the direct computation, reporting resamples up to the whole', () => {
    const labels = [...bobs.slice(0, 300), ...bobs.slice(0, 300).map((l, i) => fixtureLabel('ann', l.key.problem_id, i % 4 === 0 ? values(i + 1) : values(i)))];
    const slim = labels.map(({ sampleId, annotator, rubricId, rubricVersion, values: v }) => ({ sampleId, annotator, rubricId, rubricVersion, values: v }));
    const ci = { resamples: 200, seed: 1, level: 0.95 };
    const messages = harness().send({ id: 7, kind: 'agreement', args: { labels: slim, rubric: NEXT_RUBRIC, ci } });
    expect(done(messages)).toEqual(agreementByDimension(labels, NEXT_RUBRIC, undefined, ci));
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.at(-1)).toEqual({ id: 7, type: 'progress', done: 4 * (1 + 4 * 200), total: 4 * (1 + 4 * 200) });
    expect(progress.every((m, i) => i === 0 || m.done >= progress[i - 1]!.done)).toBe(true);
  });

  it('writes exports (JSONL and CSV, with joined sample fields) exactly as the direct formatters do', () => {
    const { send } = harness();
    const samples = new Map([[bobs[0]!.sampleId, { model: 'm1', passed: true, rationale: 'the loop "stops" early,\nthen', fixed_code: 'x = 1' }]]);
    const input = { datasetId: 'ds', datasetName: 'demo', labels: bobs.slice(0, 50), rubrics: [NEXT_RUBRIC], samples, now: new Date('2026-11-27T03:00:00Z') };
    expect(done(send({ id: 7, kind: 'export', args: { format: 'jsonl', input } }))).toBe(exportJsonl(input));
    expect(done(send({ id: 8, kind: 'export', args: { format: 'csv', input } }))).toBe(exportCsv(input));
  });

  it('answers a request it cannot run with a failure message instead of throwing', () => {
    const [answer] = harness().send({ id: 9, kind: 'agreement', args: { labels: null as never, rubric: NEXT_RUBRIC } });
    expect(answer).toMatchObject({ id: 9, type: 'failed' });
  });
});
