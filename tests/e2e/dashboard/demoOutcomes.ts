import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Outcome {
  passed: number;
  samples: number;
}

/**
 * Test outcomes per split × problem × iteration, read straight from the JSONL
 * files the server reads: an oracle for the figures the app shows that does
 * not go through its engine. Lines that are not a JSON object with a string
 * `problem_id` are skipped, as the engine skips them; so are samples without
 * a test outcome.
 */
export function readOutcomes(dataDir: string): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  for (const r of readRecords(dataDir)) {
    if (typeof r.passed !== 'boolean') continue;
    const key = outcomeKey(r.split, r.problem_id, r.iteration);
    const o = out.get(key) ?? { passed: 0, samples: 0 };
    o.samples++;
    if (r.passed) o.passed++;
    out.set(key, o);
  }
  return out;
}

export interface DemoRecord {
  problem_id: string;
  split: string;
  iteration: number;
  sample_index: number;
  passed?: boolean;
  rationale?: string;
  fixed_code?: string;
}

/** The sample records of every JSONL file under `dataDir` (problems.jsonl aside). */
export function readRecords(dataDir: string): DemoRecord[] {
  const out: DemoRecord[] = [];
  const files = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl') && !f.endsWith('problems.jsonl'));
  for (const file of files) {
    for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
      let r: unknown;
      try {
        r = JSON.parse(line);
      } catch {
        continue;
      }
      if (typeof r === 'object' && r !== null && typeof (r as DemoRecord).problem_id === 'string') out.push(r as DemoRecord);
    }
  }
  return out;
}

export const outcomeKey = (split: string, problemId: string, iteration: number) => `${split}\t${problemId}\t${iteration}`;

/** Problems whose pass rate rose, fell or stayed between iterations a and b (those present in both). */
export function pairedCounts(outcomes: Map<string, Outcome>, a: number, b: number) {
  const problems = new Set([...outcomes.keys()].map((k) => k.split('\t').slice(0, 2).join('\t')));
  const counts = { improved: 0, regressed: 0, unchanged: 0, failToPass: 0, passToFail: 0 };
  for (const p of problems) {
    const [split, id] = p.split('\t') as [string, string];
    const from = outcomes.get(outcomeKey(split, id, a));
    const to = outcomes.get(outcomeKey(split, id, b));
    if (!from || !to) continue;
    const delta = to.passed / to.samples - from.passed / from.samples;
    if (delta > 0) counts.improved++;
    else if (delta < 0) counts.regressed++;
    else counts.unchanged++;
    if (delta !== 0 && from.passed === 0) counts.failToPass++;
    if (delta !== 0 && to.passed === 0) counts.passToFail++;
  }
  return counts;
}
