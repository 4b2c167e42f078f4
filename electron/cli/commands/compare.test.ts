import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleLine, tempDataset } from '../../services/dataset/testUtil';
import { compareCommand } from './compare';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, o: (s: string) => out.push(s), e: (s: string) => err.push(s) };
}

const defaults = { order: 'size' as const, limit: 20, resamples: 500, seed: 1 };

/** `passes` of 4 samples pass for `problem` in `iteration`. */
const problemRows = (problem: string, iteration: number, passes: number, split = 'dev') =>
  [0, 1, 2, 3].map((s) => sampleLine({ problem_id: problem, split, iteration, sample_index: s, passed: s < passes }));

// a: 0/4 → 4/4 (fail→pass); b: 2/4 → 1/4 (regressed); c: 2/4 → 2/4 (unchanged); d only in iteration 0.
const run = [
  ...problemRows('a', 0, 0), ...problemRows('a', 2, 4),
  ...problemRows('b', 0, 2), ...problemRows('b', 2, 1),
  ...problemRows('c', 0, 2), ...problemRows('c', 2, 2),
  ...problemRows('d', 0, 1),
].join('\n');

describe('tracelens compare', () => {
  it('prints the paired difference, the problem counts and the flips, largest change first', async () => {
    const dir = tempDataset({ 'run.jsonl': run });
    const c = capture();
    expect(await compareCommand([dir], { ...defaults, from: 0, to: 2 }, c.o, c.e)).toBe(0);
    const lines = c.out[0].split('\n');
    expect(lines[0]).toBe('Iteration 0 → 2, all splits: 3 problems with samples in both.');
    // Mean per-problem pass rate (0 + .5 + .5)/3 → (1 + .25 + .5)/3.
    expect(lines[1]).toMatch(/^ {2}mean pass rate per problem {2}33\.3% → 58\.3% {2}\(\+25\.0 pp; 95% bootstrap CI \[.+ pp, .+ pp\], 500 resamples over problems, seed 1\)$/);
    expect(lines[2]).toBe('  problems  1 improved · 1 regressed · 1 unchanged  (sign test p = 1.000)');
    expect(lines[3]).toBe('  not paired: 1 problem only in iteration 0, 0 only in 2');
    expect(lines).toContain('Flips: 1 fail→pass, 0 pass→fail, 0 improved, 1 regressed, 1 unchanged.');
    const table = lines.slice(lines.indexOf('') + 3);
    expect(table[0]).toMatch(/^ {2}problem +split +iter 0 +iter 2 +change +kind$/);
    expect(table[1]).toMatch(/^ {2}a +dev +0\/4 \(0%\) +4\/4 \(100%\) +\+100 pp +fail→pass$/);
    expect(table[2]).toMatch(/^ {2}b +dev +2\/4 \(50%\) +1\/4 \(25%\) +-25 pp +regressed$/);
    expect(table).toHaveLength(3);
  });

  it('gives the same interval for the same seed, and JSON for scripts', async () => {
    const dir = tempDataset({ 'run.jsonl': run });
    const a = capture();
    const b = capture();
    await compareCommand([dir], { ...defaults, from: 0, to: 2, json: true }, a.o, a.e);
    await compareCommand([dir], { ...defaults, from: 0, to: 2, json: true }, b.o, b.e);
    const json = JSON.parse(a.out[0]);
    expect(a.out[0]).toBe(b.out[0]);
    expect(json.paired).toMatchObject({ a: 0, b: 2, pairs: 3, improved: 1, regressed: 1, unchanged: 1, onlyInA: 1, onlyInB: 0 });
    expect(json.flips.flips.map((f: { problem_id: string }) => f.problem_id)).toEqual(['a', 'b']);
  });

  it('says plainly when an iteration or a split is not there', async () => {
    const dir = tempDataset({ 'run.jsonl': run });
    const missing = capture();
    expect(await compareCommand([dir], { ...defaults, from: 0, to: 17 }, missing.o, missing.e)).toBe(0);
    expect(missing.out[0]).toContain('No samples in iteration 17 (iterations present: 0, 2).');
    expect(missing.out[0]).not.toMatch(/NaN|undefined/);
    const split = capture();
    await compareCommand([dir], { ...defaults, from: 0, to: 2, split: 'test' }, split.o, split.e);
    expect(split.out[0]).toContain('No split "test" (splits present: dev).');
  });

  it('exits 2 for a missing path', async () => {
    const c = capture();
    expect(await compareCommand(['/nonexistent/x.jsonl'], { ...defaults, from: 0, to: 1 }, c.o, c.e)).toBe(2);
    expect(c.err[0]).toMatch(/^tracelens compare: .*no such file or folder/);
  });

  it('on the demo, the counts match the pass rates read straight from its JSONL', async () => {
    const demo = path.join(__dirname, '../../../datasets/demo');
    // Independent of the engine: per problem × split, the pass rate in iterations 0 and 3.
    const rates = new Map<string, number[][]>();
    for (const split of ['train', 'dev']) {
      for (const file of readdirSync(path.join(demo, split)).filter((f) => /^iter\d/.test(f))) {
        for (const line of readFileSync(path.join(demo, split, file), 'utf8').split('\n')) {
          let r: { problem_id?: unknown; split?: string; iteration?: number; passed?: boolean };
          try {
            r = JSON.parse(line);
          } catch {
            continue;
          }
          if (typeof r.problem_id !== 'string' || (r.iteration !== 0 && r.iteration !== 3) || typeof r.passed !== 'boolean') continue;
          const key = `${r.problem_id}|${r.split}`;
          const v = rates.get(key) ?? [[0, 0], [0, 0]];
          const at = v[r.iteration === 0 ? 0 : 1];
          at[0] += r.passed ? 1 : 0;
          at[1]++;
          rates.set(key, v);
        }
      }
    }
    let improved = 0;
    let regressed = 0;
    for (const [[p0, n0], [p3, n3]] of rates.values()) {
      const d = p3 / n3 - p0 / n0;
      if (d > 0) improved++;
      else if (d < 0) regressed++;
    }
    const c = capture();
    expect(await compareCommand([demo], { ...defaults, from: 0, to: 3, json: true }, c.o, c.e)).toBe(0);
    const { paired } = JSON.parse(c.out[0]);
    expect(paired).toMatchObject({ pairs: rates.size, improved, regressed, unchanged: rates.size - improved - regressed });
    expect(c.err).toEqual(['tracelens compare: 5 of 1,401 lines skipped (run `tracelens validate` to list them)']);
  });
});
