import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sample, Task } from '../../../../shared/dataset/types';
import { groundSample } from '../../../../shared/grounding/ground';
import type { Verdict } from '../../../../shared/grounding/types';
import { parseNextInline } from '../../../../shared/trace/next';

/**
 * The demo dataset's rationales carry ground truth (`meta.rationale_claims`:
 * each claim's text and whether it holds). The checker must never call a
 * true claim contradicted; the figures printed show how much it verifies.
 */
const demo = path.join(__dirname, '..', '..', '..', '..', 'datasets', 'demo');

interface Truth {
  kind: string;
  text: string;
  holds: boolean;
}

function load(): Array<{ sample: Sample; truth: Truth[] }> {
  const out: Array<{ sample: Sample; truth: Truth[] }> = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(demo, split);
    if (!existsSync(dir)) continue;
    const problems = new Map<string, Task>();
    const problemsFile = path.join(demo, 'train', 'problems.jsonl');
    for (const line of readFileSync(problemsFile, 'utf8').split('\n').filter(Boolean)) {
      const p = JSON.parse(line) as Task & { problem_id: string };
      problems.set(p.problem_id, p);
    }
    for (const file of readdirSync(dir).filter((f) => /^iter\d+\.jsonl$/.test(f))) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean)) {
        const sample = JSON.parse(line) as Sample;
        sample.task = { ...problems.get(sample.problem_id), ...sample.task };
        const truth = ((sample.meta?.rationale_claims as Truth[] | undefined) ?? []).filter((c) => typeof c.text === 'string');
        out.push({ sample, truth });
      }
    }
  }
  return out;
}

describe.skipIf(!existsSync(demo))('grounding on the demo dataset (ground truth; skipped when datasets/demo is absent)', () => {
  it('never contradicts a claim that holds', () => {
    const tally: Record<string, Record<Verdict | 'missed', number>> = {};
    const falseAlarms: string[] = [];
    for (const { sample, truth } of load()) {
      if (truth.length === 0 || typeof sample.rationale !== 'string') continue;
      const summary = groundSample(sample, parseNextInline);
      const lower = sample.rationale.toLowerCase();
      for (const t of truth) {
        const at = lower.indexOf(t.text.toLowerCase());
        const key = `${t.kind}/${t.holds ? 'holds' : 'wrong'}`;
        tally[key] ??= { consistent: 0, contradicted: 0, unverifiable: 0, missed: 0 };
        if (at < 0) continue;
        const mine = summary.claims.filter((c) => c.start < at + t.text.length && c.end > at && (c.kind !== 'line' || t.kind === 'line'));
        const verdict: Verdict | 'missed' = mine.some((c) => c.verdict === 'contradicted') ? 'contradicted' : mine.some((c) => c.verdict === 'consistent') ? 'consistent' : mine.length ? 'unverifiable' : 'missed';
        tally[key]![verdict]++;
        if (process.env.GROUNDING_DEBUG && (t.kind === 'line' ? verdict === 'consistent' : t.holds && verdict !== 'consistent')) console.log('NOT CONSISTENT', t.kind, JSON.stringify(t.text), mine.map((c) => `${c.kind}:${c.text}:${c.reason}`).join(' | ') || sample.rationale.slice(Math.max(0, at - 40), at + t.text.length + 20));
        if (t.holds && verdict === 'contradicted') falseAlarms.push(`${sample.problem_id} it${sample.iteration}#${sample.sample_index}: "${t.text}" — ${mine.find((c) => c.verdict === 'contradicted')!.reason}`);
      }
    }
    console.log('demo claims (kind/truth → verdict):');
    for (const [k, v] of Object.entries(tally).sort()) console.log(`  ${k.padEnd(22)} ${JSON.stringify(v)}`);
    expect(falseAlarms).toEqual([]);
  });
});
