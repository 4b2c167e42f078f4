import { describe, expect, it } from 'vitest';
import { NEXT_RUBRIC } from './defaultRubric';
import { checkValues, dimensionOptions, parseRubric } from './rubric';

describe('rubrics', () => {
  it('accepts the default NExT rubric with its four judged dimensions', () => {
    const r = parseRubric(JSON.stringify(NEXT_RUBRIC));
    expect(r.ok).toBe(true);
    expect(NEXT_RUBRIC.dimensions.map((d) => d.id)).toEqual(['identifies_bug', 'trace_reasoning', 'explains_fix', 'usefulness']);
    expect(dimensionOptions(NEXT_RUBRIC.dimensions[0]!).map((o) => o.label)).toEqual(['yes', 'partly', 'no']);
  });
  it('names the offending path when an edited rubric is invalid', () => {
    const bad = { ...NEXT_RUBRIC, dimensions: [...NEXT_RUBRIC.dimensions, { ...NEXT_RUBRIC.dimensions[1]!, id: 'usefulness' }] };
    const r = parseRubric(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toMatch(/dimension ids must be unique/);
    const r2 = parseRubric('{"id": "x", "version": 1, "name": "x", "dimensions": [{"id": "Bad Id", "kind": "boolean", "label": "q"}]}');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0]).toMatch(/^dimensions\.0\.id/);
    expect(parseRubric('{oops').ok).toBe(false);
  });
  it('checks label values against the options of each dimension', () => {
    expect(checkValues(NEXT_RUBRIC, { identifies_bug: 'yes', usefulness: '3', explains_fix: null })).toEqual([]);
    expect(checkValues(NEXT_RUBRIC, { identifies_bug: 'maybe' }).join()).toMatch(/identifies_bug: "maybe" is not one of yes, partly, no/);
    expect(checkValues(NEXT_RUBRIC, { colour: 'red' }).join()).toMatch(/unknown dimension "colour"/);
  });
});
