import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    const a = { b: 1, a: { y: [1, { d: 2, c: 3 }], x: 'é' } };
    const b = { a: { x: 'é', y: [1, { c: 3, d: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"é","y":[1,{"c":3,"d":2}]},"b":1}');
  });
  it('drops undefined fields and keeps null', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});
