import { describe, expect, it } from 'vitest';
import type { StructuredTrace, TraceEvent } from '../../shared/trace/types';
import { extractFacts } from './facts';
import { createRng } from './prng';
import { buildRationale, type RationaleQuality } from './rationale';

const buggy = 'def total(xs):\n    t = 1\n    for x in xs:\n        t += x\n    return t\n';
const reference = buggy.replace('t = 1', 't = 0');
const events: TraceEvent[] = [
  { step: 0, line: 1, kind: 'call', func: 'total', changed: { xs: '[2, 5]' } },
  { step: 1, line: 2, kind: 'line', func: 'total', changed: { t: '1' } },
  { step: 2, line: 3, kind: 'line', func: 'total', changed: { x: '2' } },
  { step: 3, line: 4, kind: 'line', func: 'total', changed: { t: '3' } },
  { step: 4, line: 3, kind: 'line', func: 'total', changed: { x: '5' } },
  { step: 5, line: 4, kind: 'line', func: 'total', changed: { t: '8' } },
  { step: 6, line: 5, kind: 'return', func: 'total', changed: {}, returnValue: '8' },
];
const trace: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: buggy,
  tests: [{ test: 'assert total([2, 5]) == 7', outcome: 'failed', passed: false, truncated: false, stdout: '', events, exception: { type: 'AssertionError', message: '' } }],
};

function rationale(quality: RationaleQuality, seed: number) {
  return buildRationale({
    entryPoint: 'total',
    buggyCode: buggy,
    referenceCode: reference,
    fixedCode: reference,
    facts: extractFacts(trace, 'total'),
    why: 'The sum starts at `1` instead of `0`.',
    misdiagnoses: ['The loop skips the last element.'],
    quality,
    rng: createRng(seed, quality),
  });
}

describe('template rationales', () => {
  it('state only true facts of the trace when grounded, and name the buggy line', () => {
    for (let seed = 0; seed < 30; seed++) {
      const r = rationale('grounded', seed);
      expect(r.claims.every((c) => c.holds)).toBe(true);
      for (const c of r.claims) expect(r.text.toLowerCase()).toContain(c.text.toLowerCase());
      expect(r.text).toMatch(/line 2\b/i);
      expect(r.text).toContain('The sum starts at `1`');
      expect(r.text).toMatch(/\b8\b/); // what the call returned
    }
  });

  it('get at least one claim wrong when flawed or wrong, and the wrong values are never in the trace', () => {
    for (const quality of ['flawed', 'wrong'] as const) {
      for (let seed = 0; seed < 30; seed++) {
        const r = rationale(quality, seed);
        const wrong = r.claims.filter((c) => !c.holds);
        expect(wrong.length, `${quality} #${seed}: ${r.text}`).toBeGreaterThan(0);
        for (const c of wrong.filter((x) => x.kind === 'value')) expect(c.text).not.toMatch(/`t` is `?(1|3|8)`?\b/);
      }
    }
  });

  it('make no claim about the execution when vague', () => {
    const r = rationale('vague', 1);
    expect(r.claims).toEqual([]);
    expect(r.text).not.toMatch(/step \(\d+\)|line \d/);
    expect(r.text).toContain('```python');
  });
});
