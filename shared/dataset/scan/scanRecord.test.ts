import { describe, expect, it } from 'vitest';
import { NESTED, newScanOut, scanRecord, type ScanSpec } from './scanRecord';

const enc = new TextEncoder();
const spec: ScanSpec = {
  wanted: new Set(['problem_id', 'split', 'iteration', 'passed', 'model', 'task']),
  counted: new Set(['rationale']),
  collectKeys: true,
};

function scan(text: string) {
  const buf = enc.encode(text);
  const out = newScanOut();
  const ok = scanRecord(buf, 0, buf.length, spec, out);
  return { ok, out };
}

describe('scanRecord', () => {
  it('reads wanted scalars and skips long strings and nested values', () => {
    const rec = {
      problem_id: 'mbpp/12',
      split: 'dev',
      iteration: 2,
      passed: false,
      model: null,
      task: { description: 'x', tests: ['assert f() == "}"'] },
      trace: 'def f():\n    return "\\"{[" # (0) x=1',
      rationale: 'The loop is off by one — it stops at n-1 😀 "quoted"',
    };
    const { ok, out } = scan(JSON.stringify(rec));
    expect(ok).toBe(true);
    expect(out.values()).toEqual({ problem_id: 'mbpp/12', split: 'dev', iteration: 2, passed: false, model: null, task: NESTED });
    expect(out.chars('rationale')).toBe(rec.rationale.length);
    expect(out.keys).toEqual(Object.keys(rec));
  });

  it('decodes escaped and non-ASCII wanted strings like JSON.parse', () => {
    const { ok, out } = scan('{"problem_id": "caf\\u00e9/\\"1\\"", "split" : "tést"}\r');
    expect(ok).toBe(true);
    expect(out.value('problem_id')).toBe('café/"1"');
    expect(out.value('split')).toBe('tést');
  });

  it('counts \\u escapes and astral characters as JSON.parse would', () => {
    const rationale = 'a\u00e9\ud83d\ude00\\n\t"';
    const line = JSON.stringify({ rationale });
    expect(scan(line).out.chars('rationale')).toBe(rationale.length);
    const ascii = '{"rationale": "\\u00e9\\ud83d\\ude00"}';
    expect(scan(ascii).out.chars('rationale')).toBe((JSON.parse(ascii).rationale as string).length);
  });

  it.each([
    ['truncated', '{"problem_id": "a", "rationale": "abc'],
    ['missing comma', '{"problem_id": "a" "split": "b"}'],
    ['trailing garbage', '{"problem_id": "a"} x'],
    ['an array', '[1, 2]'],
    ['bad literal', '{"passed": tru}'],
    ['bad number', '{"iteration": 1e}'],
    ['unclosed nested', '{"task": {"a": [1, 2}'],
    ['empty', ''],
  ])('refuses %s so the caller falls back to JSON.parse', (_name, text) => {
    expect(scan(text).ok).toBe(false);
  });

  it('accepts an empty object and whitespace around tokens', () => {
    expect(scan(' { } ').ok).toBe(true);
    expect(scan('{ "split" :\t"dev" , "iteration" : 3 }').out.values()).toEqual({ split: 'dev', iteration: 3 });
  });

  it('scans a sub-range of a larger buffer', () => {
    const buf = enc.encode('xxx{"split":"a"}\n{"split":"b"}yyy');
    const out = newScanOut();
    expect(scanRecord(buf, 3, 16, spec, out)).toBe(true);
    expect(out.value('split')).toBe('a');
    expect(scanRecord(buf, 17, 30, spec, out)).toBe(true);
    expect(out.value('split')).toBe('b');
  });
});
