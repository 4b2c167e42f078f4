import { describe, expect, it } from 'vitest';
import { decodeDeepLink, decodeViewQuery, encodeDeepLink, encodeServeUrl, encodeViewQuery, type ViewLinkState } from './viewLink';

const full: ViewLinkState = {
  dataset: '/data/runs/next iter 2 & more.jsonl',
  query: 'iter:2 passed:false "off by one" grounding:contradicted>0',
  sample: 1234,
  test: 2,
  step: 57,
  program: 'fixed',
  tab: 'problem',
  problem: 'mbpp/11',
};

describe('deep links', () => {
  it('round-trips every field through tracelens:// and a serve URL', () => {
    expect(decodeDeepLink(encodeDeepLink(full))).toEqual(full);
    const url = encodeServeUrl('http://127.0.0.1:7777/?token=abc#x', full);
    expect(url.startsWith('http://127.0.0.1:7777/?dataset=')).toBe(true);
    expect(decodeViewQuery(new URL(url).search)).toEqual(full);
  });

  it('round-trips the combined "all tests" timeline', () => {
    expect(encodeViewQuery({ sample: 1, test: -1 })).toBe('sample=1&test=all');
    expect(decodeViewQuery('sample=1&test=all')).toEqual({ sample: 1, test: -1 });
    expect(decodeViewQuery('test=-1')).toEqual({});
  });

  it('keeps which program the timeline shows, and only a known one', () => {
    expect(encodeViewQuery({ sample: 3, program: 'reference' })).toBe('sample=3&prog=reference');
    expect(decodeViewQuery('sample=3&prog=reference')).toEqual({ sample: 3, program: 'reference' });
    for (const bad of ['prog=FIXED', 'prog=fixed%00', 'prog=constructor', 'prog=__proto__', 'prog=', 'prog=buggy,fixed', 'prog=' + 'fixed'.repeat(2000)]) {
      expect(decodeViewQuery(`sample=3&${bad}`)).toEqual({ sample: 3 });
    }
    // A repeated key is read once (the first), never as a list.
    expect(decodeViewQuery('prog=fixed&prog=evil')).toEqual({ program: 'fixed' });
  });

  it('round-trips a partial state and omits defaults', () => {
    expect(encodeViewQuery({ dataset: 'd', tab: 'samples', test: 0 })).toBe('dataset=d');
    expect(decodeDeepLink(encodeDeepLink({ tab: 'dashboard' }))).toEqual({ tab: 'dashboard' });
    expect(encodeDeepLink({})).toBe('tracelens://open');
  });

  it('drops malformed numbers, unknown tabs and keys, control characters', () => {
    expect(decodeViewQuery('?sample=-1&test=1e3&step=0x10&tab=admin&evil=1&dataset=%00%1b')).toEqual({});
    expect(decodeViewQuery('sample=99999999999999999999')).toEqual({});
    expect(decodeViewQuery('dataset=a%0Ab&step=3')).toEqual({ dataset: 'ab', step: 3 });
    expect(decodeViewQuery('q=' + 'x'.repeat(5000))).toEqual({});
    expect(decodeViewQuery('%E0%A4%A=1&sample=2')).toEqual({ sample: 2 });
  });

  it('refuses links that are not Tracelens open links', () => {
    expect(decodeDeepLink('https://evil.example/?dataset=/etc/passwd')).toBeNull();
    expect(decodeDeepLink('tracelens://delete?dataset=x')).toBeNull();
    expect(decodeDeepLink('tracelens://openx?dataset=x')).toBeNull();
    expect(decodeDeepLink(42 as unknown as string)).toBeNull();
    expect(decodeDeepLink('TRACELENS://open/?sample=3#frag')).toEqual({ sample: 3 });
  });
});
