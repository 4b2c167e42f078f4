import type { StatsRow } from '../contract/dataset';
import { meanPassAtK } from '../stats/passAtK';

/** The index columns statistics need; `passed` is 1 / 0 / -1 (unknown). */
export interface StatsColumns {
  split: ArrayLike<number>;
  splitNames: readonly string[];
  iteration: ArrayLike<number>;
  problem: ArrayLike<number>;
  passed: ArrayLike<number>;
  rationaleChars: ArrayLike<number>;
  /** Per-record grounding counts, -1 in `contradicted` when not computed yet. */
  grounding?: { consistent: ArrayLike<number>; contradicted: ArrayLike<number>; unverifiable: ArrayLike<number> };
}

interface Group {
  split: string;
  iteration: number;
  samples: number;
  known: number;
  passedCount: number;
  rationaleSum: number;
  rationaleN: number;
  /** problem code → [n, c] over samples with a known outcome. */
  problems: Map<number, [number, number]>;
  allProblems: Set<number>;
  g: { consistent: number; contradicted: number; unverifiable: number; samplesChecked: number };
}

/**
 * Per split × iteration: samples, problems, fix rate (share of samples with a
 * known outcome that pass), pass@1/5/10 (Chen et al. 2021, averaged over
 * problems; null = "n/a" when k exceeds every problem's sample count) and the
 * mean rationale length over samples that have one.
 */
export function computeStats(cols: StatsColumns, rows: Iterable<number>): StatsRow[] {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const split = cols.splitNames[cols.split[r]];
    const iteration = cols.iteration[r];
    const key = `${iteration}\u0000${split}`;
    let g = groups.get(key);
    if (!g) {
      g = { split, iteration, samples: 0, known: 0, passedCount: 0, rationaleSum: 0, rationaleN: 0, problems: new Map(), allProblems: new Set(), g: { consistent: 0, contradicted: 0, unverifiable: 0, samplesChecked: 0 } };
      groups.set(key, g);
    }
    g.samples++;
    const p = cols.problem[r];
    g.allProblems.add(p);
    const passed = cols.passed[r];
    if (passed >= 0) {
      g.known++;
      g.passedCount += passed;
      const nc = g.problems.get(p);
      if (nc) {
        nc[0]++;
        nc[1] += passed;
      } else g.problems.set(p, [1, passed]);
    }
    const chars = cols.rationaleChars[r];
    if (chars > 0) {
      g.rationaleSum += chars;
      g.rationaleN++;
    }
    const gr = cols.grounding;
    if (gr && gr.contradicted[r] >= 0) {
      g.g.samplesChecked++;
      g.g.consistent += gr.consistent[r];
      g.g.contradicted += gr.contradicted[r];
      g.g.unverifiable += gr.unverifiable[r];
    }
  }
  const out: StatsRow[] = [];
  for (const g of groups.values()) {
    const problems = [...g.problems.values()].map(([n, c]) => ({ n, c }));
    out.push({
      split: g.split,
      iteration: g.iteration,
      samples: g.samples,
      problems: g.allProblems.size,
      fix_rate: g.known ? g.passedCount / g.known : null,
      pass_at_k: { '1': meanPassAtK(problems, 1), '5': meanPassAtK(problems, 5), '10': meanPassAtK(problems, 10) },
      mean_rationale_chars: g.rationaleN ? g.rationaleSum / g.rationaleN : null,
      ...(g.g.samplesChecked ? { grounding: g.g } : {}),
    });
  }
  return out.sort((a, b) => (a.split < b.split ? -1 : a.split > b.split ? 1 : a.iteration - b.iteration));
}
