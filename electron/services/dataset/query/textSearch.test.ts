import { afterAll, describe, expect, it } from 'vitest';
import { DatasetService } from '../datasetService';
import { sampleLine, tempDataset } from '../testUtil';

const svc = new DatasetService({ cacheDir: null });
afterAll(() => svc.dispose());

describe('full-text search', () => {
  const dir = tempDataset({
    'a/iter0.jsonl': [
      sampleLine({ problem_id: 'a1', iteration: 0, rationale: 'An OFF-BY-ONE error in the loop.' }),
      sampleLine({ problem_id: 'a2', iteration: 0, rationale: 'The café closes at "noon".' }),
    ].join('\n'),
    // Written like Python's json.dumps: non-ASCII escaped as \uXXXX.
    'b/iter1.jsonl': ['{"problem_id": "b1", "iteration": 1, "rationale": "caf\\u00e9 again, off-by-one"}', sampleLine({ problem_id: 'b2', iteration: 1, rationale: 'fine' })].join('\n'),
  });

  const ids = async (query: string) => {
    const ds = await svc.openAndWait(dir);
    const page = await svc.query(ds.id, { query }, 0, 100);
    expect(page.queryError).toBeUndefined();
    return page.rows.map((r) => r.problem_id);
  };

  it('matches case-insensitively across files', async () => {
    expect(await ids('off-by-one')).toEqual(['a1', 'b1']);
  });
  it('matches non-ASCII text stored raw or \\u-escaped, and phrases with quotes', async () => {
    expect(await ids('café')).toEqual(['a2', 'b1']);
    expect(await ids('"\\"noon\\""')).toEqual(['a2']);
  });
  it('combines words with facets and negation', async () => {
    expect(await ids('off-by-one iter:1')).toEqual(['b1']);
    expect(await ids('-café -off-by-one')).toEqual(['b2']);
    // Facets narrow the bytes searched; negation still sees every kept row.
    expect(await ids('iter:0 -café')).toEqual(['a1']);
    expect(await ids('problem:b* café')).toEqual(['b1']);
  });
});
