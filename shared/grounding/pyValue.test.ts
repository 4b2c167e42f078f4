import { describe, expect, it } from 'vitest';
import { canonicalValue, iterationLength, scanLiteral, valuesMatch } from './pyValue';

describe('canonicalValue', () => {
  it('equates literals Python would call equal', () => {
    expect(canonicalValue('"abc"')).toBe(canonicalValue("'abc'"));
    expect(canonicalValue('[1,2]')).toBe(canonicalValue('[1, 2]'));
    expect(canonicalValue('3')).toBe(canonicalValue('3.0'));
    expect(canonicalValue("{'b': 2, 'a': 1}")).toBe(canonicalValue("{'a': 1, 'b': 2}"));
    expect(canonicalValue('{3, 1}')).toBe(canonicalValue('{1, 3}'));
    expect(canonicalValue('(1)')).toBe(canonicalValue('1'));
  });

  it('keeps apart what Python keeps apart', () => {
    expect(canonicalValue('(1,)')).not.toBe(canonicalValue('[1]'));
    expect(canonicalValue("'1'")).not.toBe(canonicalValue('1'));
    expect(canonicalValue('{}')).not.toBe(canonicalValue('set()'));
    expect(canonicalValue('12345678901234567890')).not.toBe(canonicalValue('12345678901234567891'));
    expect(canonicalValue('True')).not.toBe(canonicalValue('1'));
  });

  it('refuses what is not one plain literal', () => {
    expect(canonicalValue('<Node object at 0x7f>')).toBeNull();
    expect(canonicalValue('[1, 2')).toBeNull();
    expect(canonicalValue('x + 1')).toBeNull();
    expect(canonicalValue('1 2')).toBeNull();
    expect(canonicalValue('[' .repeat(50) + ']'.repeat(50))).toBeNull();
  });
});

describe('valuesMatch', () => {
  it('accepts a rounded float claim and rejects a different one', () => {
    const claim = scanLiteral('3.33', 0)!;
    expect(valuesMatch(claim, canonicalValue('3.3333333333333335'), '3.3333333333333335')).toBe(true);
    expect(valuesMatch(claim, canonicalValue('3.4'), '3.4')).toBe(false);
  });
});

describe('iterationLength', () => {
  it('counts what a for loop takes from a traced value', () => {
    expect(iterationLength('[1, 1, 2]')).toBe(3);
    expect(iterationLength("['a,b', (1, 2), [3, [4]]]")).toBe(3);
    expect(iterationLength('()')).toBe(0);
    expect(iterationLength('(5,)')).toBe(1);
    expect(iterationLength("{'x': 1, 'y': [2, 3]}")).toBe(2);
    expect(iterationLength("'héllo\\n'")).toBe(6);
    expect(iterationLength('range(-1, 109, 2)')).toBe(55);
    expect(iterationLength('range(5, 0)')).toBe(0);
    expect(iterationLength('42')).toBeNull();
    expect(iterationLength('<Node object at 0x7f>')).toBeNull();
    expect(iterationLength('[1, 2, 3, ...')).toBeNull();
  });
});
