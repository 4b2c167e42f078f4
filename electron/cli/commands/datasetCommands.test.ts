import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleLine, tempDataset } from '../../services/dataset/testUtil';
import { statsCommand } from './stats';
import { validateCommand } from './validate';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, o: (s: string) => out.push(s), e: (s: string) => err.push(s) };
}

// Two problems × 4 samples in iteration 1; problem a passes 2 of 4, problem b 0 of 4.
const rows = ['a', 'b'].flatMap((p) => [0, 1, 2, 3].map((s) => sampleLine({ problem_id: p, iteration: 1, sample_index: s, passed: p === 'a' && s < 2, rationale: 'x'.repeat(10) })));

describe('tracelens stats', () => {
  it('prints the split × iteration table, and JSON for pipelines', async () => {
    const dir = tempDataset({ 'train/run.jsonl': rows.join('\n') });
    const text = capture();
    expect(await statsCommand([dir], {}, text.o, text.e)).toBe(0);
    expect(text.out[0].split('\n')).toEqual([
      'split  iter  samples  problems  fix rate  pass@1  pass@5  pass@10  rationale chars',
      'train     1        8         2     25.0%   0.250     n/a      n/a               10',
    ]);
    const json = capture();
    expect(await statsCommand([dir], { json: true }, json.o, json.e)).toBe(0);
    expect(JSON.parse(json.out[0])).toEqual([
      { split: 'train', iteration: 1, samples: 8, problems: 2, fix_rate: 0.25, pass_at_k: { '1': 0.25, '5': null, '10': null }, mean_rationale_chars: 10 },
    ]);
  });

  it('pools several paths and says how many lines were skipped', async () => {
    const a = tempDataset({ 'dev.jsonl': rows.slice(0, 4).join('\n') + '\nnot json\n' });
    const b = tempDataset({ 'dev.jsonl': rows.slice(4).join('\n') });
    const c = capture();
    expect(await statsCommand([path.join(a, 'dev.jsonl'), path.join(b, 'dev.jsonl')], { json: true }, c.o, c.e)).toBe(0);
    expect(JSON.parse(c.out[0])).toEqual([expect.objectContaining({ split: 'train', samples: 8, problems: 2 })]);
    expect(c.err).toEqual(['tracelens stats: 1 of 9 lines skipped (run `tracelens validate` to list them)']);
  });

  it('exits 2 for a missing path', async () => {
    const c = capture();
    expect(await statsCommand(['/nonexistent/x.jsonl'], {}, c.o, c.e)).toBe(2);
    expect(c.err[0]).toMatch(/no such file or folder/);
  });
});

describe('tracelens validate', () => {
  it('prints file:line: reason for each problem and exits 1', async () => {
    const dir = tempDataset({ 'data/iter0.jsonl': [rows[0], '{"split": "dev"}', rows[1], sampleLine({ iteration: 'two' }), '{oops'].join('\n') });
    const c = capture();
    const cwd = process.cwd();
    expect(await validateCommand([path.join(dir, 'data')], {}, c.o, c.e)).toBe(1);
    const file = path.relative(cwd, path.join(dir, 'data', 'iter0.jsonl'));
    expect(c.out).toEqual([
      `${file}:2: missing required field problem_id`,
      `${file}:4: warning: iteration should be an integer ≥ 0, found "two"`,
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: truncated last line: the file ends inside a record`)),
    ]);
    expect(c.err).toEqual(['tracelens validate: 2 invalid lines, 1 warning in 5 lines of 1 file']);
  });

  it('exits 0 for a clean file and prints JSON with --json', async () => {
    const dir = tempDataset({ 'ok.jsonl': rows.join('\n') + '\n' });
    const c = capture();
    expect(await validateCommand([path.join(dir, 'ok.jsonl')], { json: true }, c.o, c.e)).toBe(0);
    expect(JSON.parse(c.out[0])).toEqual([]);
  });
});
