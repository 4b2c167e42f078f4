import { describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from './defaultRubric';
import { exportCsv, exportJsonl } from './exportFormat';
import { parseLabelExport } from './importParse';
import { planImport, type ImportTarget } from './importPlan';
import type { LabelRecord } from './label';
import { fixtureLabel } from './testFixtures';

const now = new Date('2026-03-01T00:00:00Z');
const bobs = [
  fixtureLabel('bob', 'P1', { identifies_bug: 'yes', trace_reasoning: '4', explains_fix: '5', usefulness: '5' }, { note: 'clear, "quoted", and, commas' }),
  fixtureLabel('bob', 'P2', { identifies_bug: 'no', trace_reasoning: '1', explains_fix: '2', usefulness: '1' }),
];
const file = exportJsonl({ datasetId: 'ds-on-bobs-machine', labels: bobs, rubrics: [NEXT_RUBRIC], now });

function target(existing: LabelRecord[] = [], known = ['P1', 'P2', 'P3']): ImportTarget {
  return {
    datasetId: 'ds1',
    existing: new Map(existing.map((l) => [l.id, l])),
    rubrics: [NEXT_RUBRIC],
    isKnownSample: (id) => known.some((p) => JSON.parse(id)[0] === p),
  };
}

describe('label export', () => {
  it('writes a header with the rubric, one flat row per label with every provenance field, and an end line', () => {
    const lines = file.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'header', format: 'tracelens.labels', rubrics: [{ id: 'next-rationale', version: 1 }] });
    expect(lines[1]).toMatchObject({
      type: 'label', dataset_id: 'ds1', problem_id: 'P1', split: 'test', iteration: 1, sample_index: 0, content_hash: 'hash-P1', stale: false,
      annotator: 'bob', rubric_id: 'next-rationale', rubric_version: 1, values: { identifies_bug: 'yes' }, created_at: '2026-02-01T10:00:00.000Z',
    });
    expect(lines[3]).toEqual({ type: 'end', count: 2 });
  });
  it('writes CSV with a column per dimension, quoted notes and optional joined sample fields', () => {
    const csv = exportCsv({ datasetId: 'ds1', labels: bobs, rubrics: [NEXT_RUBRIC], now, samples: new Map([[bobs[0]!.sampleId, { model: 'gpt', passed: true, rationale: 'line1\nline2' }]]) });
    const [head, row1] = csv.split('\r\n');
    expect(head).toBe(
      'dataset_id,problem_id,split,iteration,sample_index,content_hash,stale,annotator,rubric_id,rubric_version,dim_identifies_bug,dim_trace_reasoning,dim_explains_fix,dim_usefulness,note,created_at,updated_at,sample_model,sample_passed,sample_current_content_hash,sample_description,sample_buggy_code,sample_rationale,sample_fixed_code',
    );
    expect(row1).toContain('yes,4,5,5,"clear, ""quoted"", and, commas"');
    expect(row1).toContain('gpt,true,,,,"line1\nline2"');
  });
});

describe('label import', () => {
  it('round-trips an export into an empty database, re-targeted to the local dataset', () => {
    const plan = planImport(parseLabelExport(file), target());
    expect(plan.fatal).toBeNull();
    expect(plan.add.map((l) => [l.annotator, l.key.problem_id, l.datasetId])).toEqual([['bob', 'P1', 'ds1'], ['bob', 'P2', 'ds1']]);
    expect(plan.add[0]!.note).toBe(bobs[0]!.note);
    expect(plan.notes.join()).toMatch(/ds-on-bobs-machine/);
  });
  it('shows a conflict, never an overwrite, when the same annotator judged the same sample differently', () => {
    const mine = fixtureLabel('bob', 'P1', { identifies_bug: 'partly', trace_reasoning: '4', explains_fix: '5', usefulness: '5' });
    const plan = planImport(parseLabelExport(file), target([mine, bobs[1]!]));
    expect(plan.add).toHaveLength(0);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]!.local.values.identifies_bug).toBe('partly');
    expect(plan.conflicts[0]!.incoming.values.identifies_bug).toBe('yes');
  });
  it('reports lines read as it parses a long file, ending at the line count', () => {
    const many = Array.from({ length: 4500 }, (_, i) => fixtureLabel('bob', `P${i}`, { identifies_bug: 'yes' }));
    const seen: [number, number][] = [];
    const parsed = parseLabelExport(exportJsonl({ datasetId: 'ds1', labels: many, rubrics: [NEXT_RUBRIC], now }), 'many.jsonl', (d, t) => seen.push([d, t]));
    expect(parsed.rows).toHaveLength(4500);
    // The header, 4,500 rows and the end line; a step every 2,000 lines, then the whole.
    expect(seen).toEqual([[2000, 4502], [4000, 4502], [4502, 4502]]);
  });
  it('refuses a file that is not a label export', () => {
    const plan = planImport(parseLabelExport('{"problem_id": "P1", "rationale": "x"}\n', 'samples.jsonl'), target());
    expect(plan.fatal).toMatch(/samples.jsonl: .*not a Tracelens label export/);
    expect(plan.add).toHaveLength(0);
    expect(parseLabelExport('a,b,c\n1,2,3\n').fatal).toMatch(/not JSON/);
  });
  it('refuses a half-written file: a torn last line or a missing end line', () => {
    const torn = file.slice(0, file.indexOf('\n', file.indexOf('\n') + 1) + 30);
    expect(parseLabelExport(torn).fatal).toMatch(/line 3 is cut off.*half-written/);
    const noEnd = file.trim().split('\n').slice(0, -1).join('\n') + '\n';
    expect(parseLabelExport(noEnd).fatal).toMatch(/end line is missing/);
    const lost = file.trim().split('\n');
    lost.splice(1, 1);
    expect(parseLabelExport(lost.join('\n')).fatal).toMatch(/announces 2 rows but 1/);
  });
  it('refuses rows of a rubric version that is not defined here, or whose definition differs', () => {
    const v2 = { ...NEXT_RUBRIC, version: 2 };
    const other = exportJsonl({ datasetId: 'x', labels: [{ ...bobs[0]!, rubricVersion: 2 }], rubrics: [v2], now });
    const plan = planImport(parseLabelExport(other), target());
    expect(plan.add).toHaveLength(0);
    expect(plan.rejected[0]!.reason).toMatch(/rubric next-rationale v2 is not defined here/);
    const changed = { ...NEXT_RUBRIC, dimensions: NEXT_RUBRIC.dimensions.slice(0, 2) };
    const redefined = exportJsonl({ datasetId: 'x', labels: [bobs[0]!], rubrics: [changed], now });
    expect(planImport(parseLabelExport(redefined), target()).rejected[0]!.reason).toMatch(/differs from the local definition/);
  });
  it('refuses rows with unknown sample keys and imports the rest', () => {
    const plan = planImport(parseLabelExport(file), target([], ['P1']));
    expect(plan.add.map((l) => l.key.problem_id)).toEqual(['P1']);
    expect(plan.rejected).toEqual([expect.objectContaining({ line: 3, reason: expect.stringMatching(/unknown sample P2 · test · iter 1 · #0/) })]);
  });
  it('refuses conflicting duplicate rows and imports identical duplicates once', () => {
    const dupDiff = exportJsonl({ datasetId: 'x', labels: [bobs[0]!, { ...bobs[0]!, values: { ...bobs[0]!.values, usefulness: '1' } }], rubrics: [NEXT_RUBRIC], now });
    const p1 = planImport(parseLabelExport(dupDiff), target());
    expect(p1.add).toHaveLength(0);
    expect(p1.rejected).toHaveLength(2);
    expect(p1.rejected[0]!.reason).toMatch(/duplicate row: bob labelled P1 .* differently on lines 2, 3/);
    const dupSame = exportJsonl({ datasetId: 'x', labels: [bobs[0]!, bobs[0]!], rubrics: [NEXT_RUBRIC], now });
    const p2 = planImport(parseLabelExport(dupSame), target());
    expect(p2.add).toHaveLength(1);
    expect(p2.rejected[0]!.reason).toMatch(/duplicate of line 2/);
  });
  it('refuses a row whose values are not in the rubric', () => {
    const bad = exportJsonl({ datasetId: 'x', labels: [{ ...bobs[0]!, values: { identifies_bug: 'sure' } }], rubrics: [NEXT_RUBRIC], now });
    expect(planImport(parseLabelExport(bad), target()).rejected[0]!.reason).toMatch(/"sure" is not one of/);
  });
});
