import { describe, expect, it } from 'vitest';
import { matchesNumber, matchesString, parseQuery } from './parseQuery';

describe('parseQuery', () => {
  it('parses the documented example', () => {
    expect(parseQuery('iter:2 passed:false problem:mbpp/12 split:dev model:x "off by one" -passed:true')).toEqual({
      filters: [
        { field: 'iteration', negate: false, conds: [{ op: '=', value: 2 }] },
        { field: 'passed', negate: false, values: [false] },
        { field: 'problem_id', negate: false, values: ['mbpp/12'] },
        { field: 'split', negate: false, values: ['dev'] },
        { field: 'model', negate: false, values: ['x'] },
        { field: 'passed', negate: true, values: [true] },
      ],
      text: [{ text: 'off by one', negate: false }],
    });
  });

  it('parses ranges, lists, quoted values, negated words and is:', () => {
    const q = parseQuery('iter:>=2 sample:1..3 iteration:0,4 model:"gpt 4o" -loop is:failed grounding:contradicted');
    expect(q).toEqual({
      filters: [
        { field: 'iteration', negate: false, conds: [{ op: '>=', value: 2 }] },
        { field: 'sample_index', negate: false, conds: [{ op: 'range', value: 1, to: 3 }] },
        { field: 'iteration', negate: false, conds: [{ op: '=', value: 0 }, { op: '=', value: 4 }] },
        { field: 'model', negate: false, values: ['gpt 4o'] },
        { field: 'passed', negate: false, values: [false] },
        { field: 'grounding', negate: false, values: ['contradicted'] },
      ],
      text: [{ text: 'loop', negate: true }],
    });
  });

  it('keeps escaped quotes inside phrases', () => {
    expect(parseQuery('"say \\"hi\\""')).toEqual({ filters: [], text: [{ text: 'say "hi"', negate: false }] });
  });

  it('treats a lone dash and URLs as words', () => {
    expect(parseQuery('a - b')).toMatchObject({ text: [{ text: 'a' }, { text: '-' }, { text: 'b' }] });
    expect(parseQuery('see://x')).toMatchObject({ text: [{ text: 'see://x' }] });
  });

  it.each([
    ['colour:red', /unknown filter "colour:"/],
    ['iter:two', /iter:two — expected a number/],
    ['passed:maybe', /expected true, false or unknown/],
    ['"off by', /unterminated quote at column 1/],
    ['split:', /needs a value/],
    ['grounding:wrong', /expected contradicted/],
  ])('reports %s clearly', (query, message) => {
    const r = parseQuery(query);
    expect(r).toHaveProperty('error');
    expect((r as { error: string }).error).toMatch(message);
  });

  it('returns no filters for an empty query', () => {
    expect(parseQuery('   ')).toEqual({ filters: [], text: [] });
  });
});

describe('matchers', () => {
  it('compares numbers', () => {
    expect(matchesNumber([{ op: '>=', value: 2 }], 2)).toBe(true);
    expect(matchesNumber([{ op: '>', value: 2 }], 2)).toBe(false);
    expect(matchesNumber([{ op: 'range', value: 1, to: 3 }], 3)).toBe(true);
    expect(matchesNumber([{ op: 'range', value: 1, to: 3 }], 4)).toBe(false);
  });
  it('matches prefixes with *', () => {
    expect(matchesString(['mbpp/*'], 'mbpp/12')).toBe(true);
    expect(matchesString(['mbpp/1'], 'mbpp/12')).toBe(false);
  });
});
