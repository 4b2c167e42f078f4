import { fmtInterval, fmtP, fmtPct, fmtPp } from '../../../shared/analysis/format';
import type { Flip, FlipKind, FlipsResult, PairedResult, RateCell } from '../../../shared/analysis/types';
import { alignColumns } from '../../services/dataset/cliSupport';

interface DatasetFacts {
  iterations: number[];
  splits: readonly string[];
}

const KIND_LABEL: Record<FlipKind, string> = {
  'fail-to-pass': 'fail→pass',
  'pass-to-fail': 'pass→fail',
  improved: 'improved',
  regressed: 'regressed',
};

const rate = (c: RateCell) => `${c.passed}/${c.samples} (${fmtPct(c.rate, 0)})`;
const count = (n: number) => n.toLocaleString('en');
const problems = (n: number) => `${count(n)} problem${n === 1 ? '' : 's'}`;

/** Why nothing could be paired, in the user's terms (a missing iteration or split, or no overlap). */
function nothingPaired(p: PairedResult, facts: DatasetFacts): string {
  const missing = [p.a, p.b].filter((i) => !facts.iterations.includes(i));
  if (missing.length) return `No samples in iteration ${missing.join(' or ')} (iterations present: ${facts.iterations.join(', ') || 'none'}).`;
  if (p.split !== null && !facts.splits.includes(p.split)) return `No split "${p.split}" (splits present: ${facts.splits.join(', ')}).`;
  return `No problem has samples with a known outcome in both iteration ${p.a} and ${p.b}` + (p.split === null ? '.' : ` of split ${p.split}.`);
}

function flipLines(f: FlipsResult): string[] {
  const c = f.counts;
  const lines = [
    `Flips: ${count(c['fail-to-pass'])} fail→pass, ${count(c['pass-to-fail'])} pass→fail, ${count(c.improved)} improved, ${count(c.regressed)} regressed, ${count(c.unchanged)} unchanged.`,
  ];
  if (!f.flips.length) return lines;
  const header = ['problem', 'split', `iter ${f.from}`, `iter ${f.to}`, 'change', 'kind'];
  const body = f.flips.map((x: Flip) => [x.problem_id, x.split, rate(x.from), rate(x.to), fmtPp(x.delta, 0), KIND_LABEL[x.kind]]);
  // Rates and the change right-aligned, indented under the counts.
  lines.push('', ...alignColumns([header, ...body], (i) => i >= 2 && i <= 4).map((l) => `  ${l}`));
  if (f.total > f.flips.length) lines.push(`  … ${count(f.total - f.flips.length)} more (--limit ${f.total} lists all)`);
  return lines;
}

/** The terminal report of `tracelens compare`: the paired comparison, then the flips. */
export function formatComparison(p: PairedResult, f: FlipsResult, facts: DatasetFacts): string {
  const scope = p.split === null ? 'all splits' : `split ${p.split}`;
  const lines = [`Iteration ${p.a} → ${p.b}, ${scope}: ${problems(p.pairs)} with samples in both.`];
  if (p.pairs === 0) {
    lines.push(nothingPaired(p, facts));
  } else {
    const ci = p.ci ? `95% bootstrap CI ${fmtInterval(p.ci.lo, p.ci.hi, (v) => fmtPp(v))}, ${count(p.ci.resamples)} resamples over problems, seed ${p.ci.seed}` : 'no CI with a single problem';
    lines.push(
      `  mean pass rate per problem  ${fmtPct(p.meanRateA)} → ${fmtPct(p.meanRateB)}  (${fmtPp(p.meanDiff)}; ${ci})`,
      `  problems  ${count(p.improved)} improved · ${count(p.regressed)} regressed · ${count(p.unchanged)} unchanged  (sign test ${fmtP(p.signTestP)})`,
    );
  }
  if (p.onlyInA || p.onlyInB) lines.push(`  not paired: ${problems(p.onlyInA)} only in iteration ${p.a}, ${count(p.onlyInB)} only in ${p.b}`);
  if (p.pairs > 0) lines.push('', ...flipLines(f));
  return lines.join('\n');
}
