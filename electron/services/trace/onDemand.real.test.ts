import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { humanEvalAdapter } from '../../../shared/dataset/adapters/humaneval';
import { mbppAdapter } from '../../../shared/dataset/adapters/mbpp';
import type { Adapter } from '../../../shared/dataset/adapters/types';
import { traceJobsForSample } from '../../../shared/trace/onDemand';
import { defaultResourcesDir, TraceService } from './TraceService';

// The real public datasets of /work/shared/data (never copied into the repo); skipped where they are absent.
const DATA = '/work/shared/data';
const HUMANEVAL = `${DATA}/HumanEval.jsonl.gz`;
const MBPP = `${DATA}/mbpp.jsonl`;

const tracer = new TraceService({ resourcesDir: defaultResourcesDir(), cacheDir: null });
afterAll(() => tracer.dispose());

function samples(file: string, adapter: Adapter) {
  const raw = file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  const ctx = { file, pathFacts: {} };
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => adapter.normalise(JSON.parse(l), ctx).sample);
}

async function referenceOutcomes(sample: ReturnType<typeof samples>[number]) {
  const job = traceJobsForSample(sample).jobs.find((j) => j.label === 'reference')!;
  return (await tracer.run(job)).tests.map((t) => t.outcome);
}

describe.skipIf(!existsSync(HUMANEVAL))('Run & trace on real HumanEval records (skipped when ../shared/data is absent)', () => {
  const all = existsSync(HUMANEVAL) ? samples(HUMANEVAL, humanEvalAdapter) : [];
  const byId = new Map(all.map((s) => [s.problem_id, s]));

  it('gives every record a job for its reference solution', () => {
    expect(all).toHaveLength(164);
    for (const s of all) expect(traceJobsForSample(s).jobs.map((j) => j.label), s.problem_id).toEqual(['reference']);
  });

  it('runs a check(candidate) with loops and local variables whole, where its bare asserts would fail with NameError', async () => {
    for (const id of ['HumanEval/44', 'HumanEval/151', 'HumanEval/53']) {
      const outcomes = await referenceOutcomes(byId.get(id)!);
      expect(outcomes, id).toHaveLength(1);
      // Random inputs in a loop may run past the step cap; what matters is that the reference is not reported as failing.
      expect(['ok', 'step-limit'], `${id}: ${outcomes[0]}`).toContain(outcomes[0]);
    }
  }, 60_000);

  it('keeps plain asserts as separate tests, each passing for the reference', async () => {
    const outcomes = await referenceOutcomes(byId.get('HumanEval/0')!);
    expect(outcomes).toEqual(Array(7).fill('ok'));
  }, 30_000);
});

describe.skipIf(!existsSync(MBPP))('Run & trace on real MBPP records (skipped when ../shared/data is absent)', () => {
  it('runs test_setup_code before each assert, so tree problems pass for the reference', async () => {
    const tree = samples(MBPP, mbppAdapter).find((s) => s.problem_id === 'mbpp/367')!;
    expect(await referenceOutcomes(tree)).toEqual(['ok', 'ok', 'ok']);
  }, 30_000);
});
