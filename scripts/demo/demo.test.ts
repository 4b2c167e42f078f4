import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Sample, Task } from '../../shared/dataset/types';
import { groundSample } from '../../shared/grounding/ground';
import { parseNextInline } from '../../shared/trace/next';
import { buildDemo, DEFAULT_SEED } from './build';
import { MALFORMED_SHARD } from './malformed';
import { demoProblems } from './problems';
import { testResultsOf } from './results';
import { cachedRunner } from './runner';
import { createServiceRunner } from './serviceRunner';
import { stampedPython } from './write';

// The committed demo is what `npm start`, `npm run serve` and the e2e tests open.
const DEMO = fileURLToPath(new URL('../../datasets/demo', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : e.name.endsWith('.jsonl') ? [join(dir, e.name)] : [],
  );
}
const committed = new Map(listFiles(DEMO).map((f) => [relative(DEMO, f), readFileSync(f, 'utf8')]));
const rows = (rel: string) => committed.get(rel)!.trim().split('\n').map((l) => JSON.parse(l));
const samples = (split: string, it: number): Sample[] => rows(`${split}/iter${it}.jsonl`);
const problems = new Map<string, Task>(rows('train/problems.jsonl').map((p) => [p.problem_id, p]));
const taskOf = (s: Sample): Task => s.task ?? problems.get(s.problem_id)!;
const all: Sample[] = ['train', 'dev'].flatMap((split) => [0, 1, 2, 3].flatMap((it) => samples(split, it)));

const runner = cachedRunner(createServiceRunner());
afterAll(() => runner.dispose?.());

/** Reprs and error messages differ a little between Python versions (3.13 rewords some): compare like with like. */
async function pythonMatches() {
  const stamped = stampedPython(readFileSync(join(DEMO, 'README.md'), 'utf8'));
  const local = (await runner.python!()).split('.').slice(0, 2).join('.');
  return { same: stamped === local, stamped, local };
}

describe('the committed demo dataset', () => {
  it('is exactly what the generator writes for the default seed', async (ctx) => {
    const { same, stamped, local } = await pythonMatches();
    if (!same) ctx.skip(`the demo was generated with Python ${stamped}, this machine has ${local}`);
    const fresh = await buildDemo({ seed: DEFAULT_SEED, runner });
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [rel, content] of fresh) expect(committed.get(rel), `${rel} is stale: run npm run datasets:demo`).toBe(content);
  }, 180_000);

  it('has passed and test_results that agree with re-running the fixed programs', async () => {
    // Every 53rd record: spread over problems, splits, iterations and fix kinds.
    const picked = all.filter((_, i) => i % 53 === 0);
    expect(new Set(picked.map((s) => s.passed))).toEqual(new Set([true, false]));
    // A runner of its own, so that nothing comes from the regeneration's memo.
    const fresh = createServiceRunner();
    const { same } = await pythonMatches();
    for (const s of picked) {
      const task = taskOf(s);
      const trace = await fresh.trace(s.fixed_code!, task.tests!);
      const results = testResultsOf(trace, task.entry_point!);
      const where = `${s.problem_id} ${s.split} iter${s.iteration} #${s.sample_index}`;
      if (same) expect(results, where).toEqual(s.test_results);
      else expect(results.map((r) => r.passed), where).toEqual(s.test_results!.map((r) => r.passed));
      expect(s.passed).toBe(results.every((r) => r.passed));
    }
    await fresh.dispose?.();
  }, 120_000);

  it('shows the fix rate rising over the self-training iterations in both splits', () => {
    for (const split of ['train', 'dev']) {
      const rates = [0, 1, 2, 3].map((it) => {
        const xs = samples(split, it);
        return xs.filter((s) => s.passed).length / xs.length;
      });
      for (let i = 1; i < rates.length; i++) expect(rates[i], `${split} iter${i}`).toBeGreaterThan(rates[i - 1]);
    }
  });

  it('gives every problem three or more tests and a buggy program that fails one', () => {
    expect(demoProblems.length).toBeGreaterThanOrEqual(40);
    const tasks = new Map(all.map((s) => [s.problem_id, taskOf(s)]));
    expect(tasks.size).toBe(demoProblems.length);
    for (const [id, task] of tasks) {
      expect(task.tests!.length, id).toBeGreaterThanOrEqual(3);
      expect(task.buggy_code && task.description && task.entry_point, id).toBeTruthy();
    }
    for (const s of all) {
      const buggy = taskOf(s).buggy_code!.trimEnd().split('\n');
      if (typeof s.trace === 'string') {
        // The inline string is the buggy program, line for line, with trace comments.
        const lines = s.trace.split('\n');
        buggy.forEach((l, i) => expect(lines[i].startsWith(l), `${s.problem_id} line ${i + 1}`).toBe(true));
      } else {
        expect(s.trace!.code.trimEnd()).toBe(buggy.join('\n'));
        expect(s.trace!.tests.some((t) => !t.passed), `${s.problem_id}: the traced buggy program should fail`).toBe(true);
      }
    }
    for (const s of all.filter((x) => x.meta!.fix_source === 'unchanged')) expect(s.passed, s.problem_id).toBe(false);
  });

  it('has inline traces that read back as failing, a loop cut at the step cap as truncated', () => {
    // Inline records show a failing test (inlineOf): none may parse back as a pass.
    const inline = all.filter((s) => typeof s.trace === 'string');
    for (const s of inline) expect(parseNextInline(s.trace as string).tests[0].passed, `${s.problem_id} iter${s.iteration}`).toBe(false);
    const cut = inline.filter((s) => s.problem_id === 'demo/41').map((s) => parseNextInline(s.trace as string).tests[0]);
    expect(cut.length).toBeGreaterThan(0);
    for (const t of cut) expect(t).toMatchObject({ outcome: 'step-limit', truncated: true });
  });

  it('mixes NExT inline and structured traces in both splits', () => {
    for (const split of ['train', 'dev']) {
      const kinds = new Set(samples(split, 0).map((s) => typeof s.trace));
      expect(kinds).toEqual(new Set(['string', 'object']));
    }
  });

  it('has rationales whose true claims the grounding check never contradicts, and fewer contradictions later', () => {
    const contradicted = [0, 0, 0, 0];
    for (const s of all) {
      const g = groundSample({ ...s, task: taskOf(s) }, parseNextInline);
      contradicted[s.iteration] += g.contradicted;
      const claims = (s.meta!.rationale_claims as Array<{ text: string; holds: boolean }>).filter((c) => c.holds);
      for (const c of claims) {
        const at = s.rationale!.toLowerCase().indexOf(c.text.toLowerCase());
        expect(at, `${s.problem_id}: claim text not in the rationale`).toBeGreaterThanOrEqual(0);
        const hits = g.claims.filter((x) => x.verdict === 'contradicted' && x.start < at + c.text.length && x.end > at);
        expect(hits.map((h) => h.text), `${s.problem_id} iter${s.iteration}: "${c.text}"`).toEqual([]);
      }
    }
    expect(contradicted[3]).toBeLessThan(contradicted[0] / 2);
  });

  it('keeps deliberately malformed lines apart, among good ones', () => {
    const lines = committed.get(MALFORMED_SHARD)!.split('\n');
    const parsed = lines.map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        return null;
      }
    });
    const good = parsed.filter((r) => r && typeof r.problem_id === 'string');
    expect(good.length).toBe(4);
    expect(parsed.filter((r) => r === null).length).toBe(3); // invalid JSON twice, truncated last line
    expect(committed.get(MALFORMED_SHARD)!.endsWith('\n')).toBe(false);
    // The good lines are extra dev samples, not copies of the regular ones.
    const regular = new Set(samples('dev', 0).map((s) => `${s.problem_id}#${s.sample_index}`));
    for (const r of good) {
      expect(r).toMatchObject({ split: 'dev', iteration: 0 });
      expect(regular.has(`${r!.problem_id}#${r!.sample_index}`)).toBe(false);
    }
  });
});
