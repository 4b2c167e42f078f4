import { describe, expect, it } from 'vitest';
import { sumTrace } from './fixtures.test-data';
import { findMentions } from './mentions';
import { buildTraceFacts } from './traceFacts';

const facts = buildTraceFacts(sumTrace);

describe('findMentions', () => {
  it('links line numbers, traced variables and traced values to steps', () => {
    const text = 'On line 4 `total` grows; lines 2 and 3 set it up; i reaches `3`. A total of nothing.';
    const found = findMentions(text, facts).map((m) => [text.slice(m.start, m.end), m.kind, m.step?.step]);
    expect(found).toEqual([
      ['line 4', 'line', 3],
      ['`total`', 'variable', 1],
      ['lines 2', 'line', 1],
      ['3', 'line', 2],
      ['i', 'variable', 2],
      ['`3`', 'value', 7],
      ['total', 'variable', 1],
    ]);
  });

  it('skips code blocks, attributes and calls, and works without a trace', () => {
    const text = '```\ntotal = 1\n```\nself.total and total() differ; line 9.';
    expect(findMentions(text, facts).map((m) => text.slice(m.start, m.end))).toEqual(['line 9']);
    expect(findMentions('line 2 and `total`', null).map((m) => m.kind)).toEqual(['line']);
  });
});
