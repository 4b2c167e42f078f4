import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Sample } from '../../shared/dataset/types';
import { groundRationale, groundSample } from '../../shared/grounding/ground';
import { parseNextInline } from '../../shared/trace/next';
import type { StructuredTrace, TraceEvent } from '../../shared/trace/types';

const args = process.argv.slice(2);
const repeat = Number(args[args.indexOf('--repeat') + 1] || 3) || 3;
const demo = path.join(process.cwd(), 'datasets', 'demo');

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
const ms = (n: number) => `${n.toFixed(3)} ms`;

function demoRecords(): Sample[] {
  const out: Sample[] = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(demo, split);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => /^iter\d+\.jsonl$/.test(n))) {
      for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as Sample);
    }
  }
  return out;
}

const records = demoRecords();
if (records.length > 0) {
  const times: number[] = [];
  let claims = 0;
  for (let r = 0; r < repeat; r++) {
    for (const s of records) {
      const t = performance.now();
      const g = groundSample(s, parseNextInline);
      times.push(performance.now() - t);
      if (r === 0) claims += g.claims.length;
    }
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  console.log(`demo dataset: ${records.length} records × ${repeat}, ${claims} claims per pass`);
  console.log(`  per record: median ${ms(quantile(times, 0.5))}, p99 ${ms(quantile(times, 0.99))}, max ${ms(times[times.length - 1]!)}`);
  console.log(`  throughput: ${Math.round((times.length / total) * 1000).toLocaleString()} records/s (parse inline trace + extract + check)`);
} else {
  console.log(`demo dataset not found under ${demo} (run from the repository root): skipped`);
}

// A 200 KB rationale full of checkable sentences, against a small trace.
const code = 'def sum_to(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total';
const small: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code,
  tests: [{ test: 'assert sum_to(4) == 10', outcome: 'failed', passed: false, truncated: false, stdout: '', events: [
    { step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '4' } },
    { step: 1, line: 2, kind: 'line', func: 'sum_to', changed: { total: '0' } },
    { step: 2, line: 3, kind: 'line', func: 'sum_to', changed: { i: '0' } },
    { step: 3, line: 5, kind: 'return', func: 'sum_to', changed: {}, returnValue: '6' },
  ] }],
};
const sentence = 'At step (2) `i` is 0, then total becomes 3 on line 4, and the function returns 6 instead of 10. ';
const big = sentence.repeat(Math.ceil(200_000 / sentence.length));
{
  const t = performance.now();
  const g = groundRationale(big, small);
  console.log(`200 KB rationale: ${g.claims.length} claims in ${ms(performance.now() - t)}`);
}

// A 100,000-event trace (a long loop) and a short rationale.
{
  const events: TraceEvent[] = [{ step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '50000' } }];
  let total = 0;
  for (let i = 0; i < 49_999; i++) {
    events.push({ step: events.length, line: 3, kind: 'line', func: 'sum_to', changed: { i: String(i) } });
    total += i;
    events.push({ step: events.length, line: 4, kind: 'line', func: 'sum_to', changed: { total: String(total) } });
  }
  events.push({ step: events.length, line: 5, kind: 'return', func: 'sum_to', changed: {}, returnValue: String(total) });
  const trace: StructuredTrace = { ...small, tests: [{ ...small.tests[0]!, events }] };
  const t = performance.now();
  const g = groundRationale(`After the loop, total is ${total} and the function returns ${total}. At step (6) \`total\` is 3. \`i\` is 12345.`, trace);
  console.log(`${events.length.toLocaleString()}-event trace: ${g.claims.length} claims (${g.consistent} consistent) in ${ms(performance.now() - t)}`);
}
