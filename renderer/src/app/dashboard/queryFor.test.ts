import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../shared/query/parseQuery';
import { queryFor } from './queryFor';

describe('queryFor', () => {
  it('builds the query a bar stands for', () => {
    expect(queryFor({ split: 'dev', iteration: 2, passed: true })).toBe('split:dev iter:2 passed:true');
    expect(queryFor({ split: 'test', iteration: 0, grounding: 'contradicted' })).toBe('split:test iter:0 grounding:contradicted');
  });
  it('produces queries the engine parses back to the same filters, even for odd split names', () => {
    const q = queryFor({ split: 'held out, v2', iteration: 17, rationale: [100, 199] });
    expect(parseQuery(q)).toEqual({
      filters: [
        { field: 'split', negate: false, values: ['held out, v2'] },
        { field: 'iteration', negate: false, conds: [{ op: '=', value: 17 }] },
        { field: 'rationaleChars', negate: false, conds: [{ op: 'range', value: 100, to: 199 }] },
      ],
      text: [],
    });
  });
  it('lists "this long or longer" for an open-ended range, e.g. every sample that has a rationale', () => {
    const q = queryFor({ split: 'dev', iteration: 0, rationale: [1, Infinity] });
    expect(q).toBe('split:dev iter:0 rationale:>=1');
    expect(parseQuery(q)).toMatchObject({ filters: [{}, {}, { field: 'rationaleChars', negate: false, conds: [{ op: '>=', value: 1 }] }] });
  });
});
