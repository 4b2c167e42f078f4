import { describe, expect, it } from 'vitest';
import { getFilter, setFilter, tokenAt, tokenize, toggleFilter } from './queryText';

describe('tokenize', () => {
  it('splits filters, negations, quoted phrases and free words with positions', () => {
    const q = 'iter:2 -passed:true problem:mbpp/12 "off by one" loop';
    const t = tokenize(q);
    expect(t.map((x) => [x.key, x.value, x.negated])).toEqual([
      ['iter', '2', false],
      ['passed', 'true', true],
      ['problem', 'mbpp/12', false],
      [null, 'off by one', false],
      [null, 'loop', false],
    ]);
    expect(q.slice(t[3]!.start, t[3]!.end)).toBe('"off by one"');
  });

  it('maps aliases to the canonical key and keeps quoted values whole', () => {
    const t = tokenize('iteration:>=2 model:"gpt 4o"');
    expect(t[0]).toMatchObject({ key: 'iter', value: '>=2' });
    expect(t[1]).toMatchObject({ key: 'model', value: 'gpt 4o' });
  });

  it('survives an unterminated quote', () => {
    expect(tokenize('"off by').map((x) => x.value)).toEqual(['off by']);
  });
});

describe('setFilter / toggleFilter', () => {
  it('appends a new filter after the existing text', () => {
    expect(setFilter('"off by one"', 'split', 'dev')).toBe('"off by one" split:dev');
    expect(setFilter('', 'iter', '2')).toBe('iter:2');
  });

  it('replaces a filter in place and drops duplicates, keeping negations and phrases', () => {
    const q = 'split:train "a  b" -split:test split:dev';
    expect(setFilter(q, 'split', 'eval')).toBe('split:eval "a  b" -split:test');
  });

  it('removes a filter with null', () => {
    expect(setFilter('iter:2 passed:false loop', 'passed', null)).toBe('iter:2 loop');
  });

  it('toggles: the active value clears, another value replaces', () => {
    expect(toggleFilter('iter:2', 'iter', '2')).toBe('');
    expect(toggleFilter('iteration:2 x', 'iter', '3')).toBe('iter:3 x');
    expect(getFilter('iteration:2 x', 'iter')).toBe('2');
  });

  it('quotes values with spaces', () => {
    expect(setFilter('', 'model', 'gpt 4o')).toBe('model:"gpt 4o"');
  });
});

describe('tokenAt', () => {
  it('finds the term being typed', () => {
    expect(tokenAt('iter:2 spl', 10)?.value).toBe('spl');
    expect(tokenAt('iter:2  x', 7)).toBeNull();
  });
});
