import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '../../../../../shared/contract';
import { applyCompletion, completionsAt } from './completions';

const facets: DatasetSummary['facets'] = {
  splits: [
    { value: 'train', count: 900 },
    { value: 'dev', count: 100 },
  ],
  iterations: [
    { value: 0, count: 500 },
    { value: 1, count: 500 },
  ],
  models: [{ value: 'code llama', count: 1000 }],
  passed: { passed: 300, failed: 700, unknown: 0 },
  problems: 31,
};

describe('completionsAt', () => {
  it('offers filter keys for a bare word, matching aliases too', () => {
    const r = completionsAt('"x" it', 6, facets)!;
    expect(r.items.map((i) => i.insert)).toEqual(['iter:']);
    expect(r.from).toBe(4);
  });

  it('offers facet values with counts after a key', () => {
    const r = completionsAt('split:', 6, facets)!;
    expect(r.items.map((i) => [i.label, i.detail])).toEqual([
      ['split:train', '900'],
      ['split:dev', '100'],
    ]);
  });

  it('filters values by what was typed and keeps the negation', () => {
    const r = completionsAt('-passed:f', 9, facets)!;
    expect(r.items.map((i) => i.insert)).toEqual(['-passed:false ']);
  });

  it('quotes values with spaces', () => {
    expect(completionsAt('model:', 6, facets)!.items[0]!.insert).toBe('model:"code llama" ');
  });

  it('offers label statuses with counts and the annotators who labelled', () => {
    const labels = { datasetId: 'ds', version: 1, labelled: 12, annotators: [{ value: 'ann', count: 10 }, { value: 'bob', count: 4 }] };
    expect(completionsAt('label:', 6, facets, labels)!.items.map((i) => [i.insert, i.detail])).toEqual([
      ['label:labelled ', '12'],
      ['label:unlabelled ', '988'],
      ['label:ann ', '10'],
      ['label:bob ', '4'],
    ]);
    expect(completionsAt('-label:u', 8, facets, labels)!.items.map((i) => i.insert)).toEqual(['-label:unlabelled ']);
    expect(completionsAt('lab', 3, facets)!.items.map((i) => i.insert)).toEqual(['label:']);
  });

  it('offers nothing inside a quoted phrase or for an unknown key', () => {
    expect(completionsAt('"off by', 7, facets)).toBeNull();
    expect(completionsAt('colour:', 7, facets)).toBeNull();
  });
});

describe('applyCompletion', () => {
  it('replaces the term under the caret and puts the caret after it', () => {
    const text = 'iter:1 spl loop';
    const r = completionsAt(text, 10, facets)!;
    const out = applyCompletion(text, r, r.items[0]!);
    expect(out.text).toBe('iter:1 split: loop');
    expect(out.caret).toBe('iter:1 split:'.length);
  });

  it('ends a value with a space so the next term can be typed', () => {
    const r = completionsAt('iter:', 5, facets)!;
    expect(applyCompletion('iter:', r, r.items[1]!)).toEqual({ text: 'iter:1 ', caret: 7 });
  });
});
