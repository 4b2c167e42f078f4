import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetService } from './datasetService';
import { sampleLine, tempDataset } from './testUtil';

const svc = new DatasetService({ cacheDir: null });
afterAll(() => svc.dispose());

const good = (i: number) => sampleLine({ problem_id: `p${i}`, sample_index: i });

async function open(files: Record<string, string | Uint8Array>, name = Object.keys(files)[0]) {
  const dir = tempDataset(files);
  const ds = await svc.openAndWait(path.join(dir, name));
  const problems = ds.issues();
  return { ds, summary: ds.summary(), problems, rows: (await svc.query(ds.id, { query: '' }, 0, 1000)).rows };
}

describe('bad input: every problem reported with file, line and reason; good records load', () => {
  it('a malformed line', async () => {
    const { summary, problems, rows } = await open({ 'a.jsonl': [good(1), '{"problem_id": "x", oops}', good(2)].join('\n') + '\n' });
    expect(rows.map((r) => r.problem_id)).toEqual(['p1', 'p2']);
    expect(problems).toEqual([expect.objectContaining({ file: 'a.jsonl', line: 2, reason: expect.stringMatching(/^invalid JSON: /) })]);
    expect(summary).toMatchObject({ records: 2, skipped: 1, lines: 3 });
  });

  it('a record missing problem_id', async () => {
    const { problems, rows } = await open({ 'a.jsonl': [good(1), JSON.stringify({ split: 'dev', rationale: 'x' }), good(2)].join('\n') });
    expect(rows).toHaveLength(2);
    expect(problems).toEqual([expect.objectContaining({ line: 2, reason: 'missing required field problem_id' })]);
  });

  it('invalid UTF-8', async () => {
    const bad = Buffer.concat([Buffer.from('{"problem_id": "bad", "rationale": "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const file = Buffer.concat([Buffer.from(good(1) + '\n'), bad, Buffer.from('\n' + good(2) + '\n')]);
    const { problems, rows } = await open({ 'a.jsonl': file });
    expect(rows.map((r) => r.problem_id)).toEqual(['p1', 'p2']);
    expect(problems).toEqual([expect.objectContaining({ line: 2, reason: expect.stringMatching(/invalid UTF-8/) })]);
  });

  it('a byte-order mark and CRLF line endings', async () => {
    const { problems, rows, ds } = await open({ 'a.jsonl': '\uFEFF' + [good(1), good(2), good(3)].join('\r\n') + '\r\n' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.problem_id)).toEqual(['p1', 'p2', 'p3']);
    const detail = await svc.sample(ds.id, rows[2].index);
    expect(detail.source.line).toBe(3);
    expect(detail.sample.problem_id).toBe('p3');
  });

  it('a truncated last line', async () => {
    const { problems, rows } = await open({ 'a.jsonl': good(1) + '\n' + good(2).slice(0, 40) });
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ line: 2, reason: expect.stringMatching(/^truncated last line/) })]);
  });

  it('a 50 MB single line loads like any other', async () => {
    const huge = sampleLine({ problem_id: 'huge', rationale: 'x'.repeat(50 * 1024 * 1024) });
    const { problems, rows } = await open({ 'a.jsonl': [good(1), huge, good(2)].join('\n') });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.problem_id, r.rationaleChars])).toEqual([['p1', 41], ['huge', 50 * 1024 * 1024], ['p2', 41]]);
  });

  it('an empty file', async () => {
    const { summary, problems } = await open({ 'a.jsonl': '' });
    expect(summary.records).toBe(0);
    expect(problems).toEqual([{ file: 'a.jsonl', line: 1, reason: 'empty file: no records', severity: 'warning' }]);
    expect(summary.skipped).toBe(0);
  });

  it('a gzip stream that ends early keeps the decoded records', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => good(i)).join('\n') + '\n';
    const gz = gzipSync(lines);
    const { summary, problems } = await open({ 'a.jsonl.gz': gz.subarray(0, Math.floor(gz.length * 0.6)) });
    expect(summary.records).toBeGreaterThan(100);
    expect(summary.records).toBeLessThan(2000);
    // One problem, at the first line lost: the record the damage cut in half is not reported twice.
    expect(problems).toEqual([
      expect.objectContaining({ file: 'a.jsonl.gz', line: summary.records + 1, reason: expect.stringMatching(/gzip data is damaged or ends early/) }),
    ]);
    expect(problems[0].reason).toContain(`the ${summary.records} lines decoded before it are loaded`);
  });

  it('a JSON array where JSONL was expected', async () => {
    const text = JSON.stringify([JSON.parse(good(1)), { nope: true }, JSON.parse(good(2))], null, 2);
    const { problems, rows } = await open({ 'a.jsonl': text });
    expect(rows.map((r) => r.problem_id)).toEqual(['p1', 'p2']);
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, severity: 'warning', reason: expect.stringMatching(/JSON array where JSONL was expected/) }),
      expect.objectContaining({ line: 2, reason: 'missing required field problem_id' }),
    ]);
  });

  it('a folder without dataset files', async () => {
    const dir = tempDataset({ 'notes.txt': 'hello' });
    const ds = await svc.openAndWait(dir);
    expect(ds.summary()).toMatchObject({ state: 'ready', records: 0, files: [] });
    expect(ds.issues()).toEqual([expect.objectContaining({ line: 1, severity: 'warning', reason: expect.stringMatching(/no dataset files here/) })]);
  });

  it('a line that is not an object, and blank lines', async () => {
    const { problems, rows } = await open({ 'a.jsonl': [good(1), '', '[1, 2]', '   ', '"text"', good(2)].join('\n') });
    expect(rows).toHaveLength(2);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'expected a JSON object per line, found an array'],
      [5, 'expected a JSON object per line, found a string'],
    ]);
  });
});
