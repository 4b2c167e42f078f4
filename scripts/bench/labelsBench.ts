import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { agreementByDimension } from '../../shared/annotation/agreement/byDimension';
import { NEXT_RUBRIC } from '../../shared/annotation/defaultRubric';
import { exportJsonl } from '../../shared/annotation/exportFormat';
import { parseLabelExport } from '../../shared/annotation/importParse';
import { planImport } from '../../shared/annotation/importPlan';
import { parseJournal, replayJournal } from '../../shared/annotation/journal';
import { makeLabel, type LabelRecord } from '../../shared/annotation/label';
import { buildQueue, type QueueCandidate } from '../../shared/annotation/queue';
import { LabelJournal } from '../../electron/services/labels/journal';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const LABELS = arg('labels', 100_000);
const APPENDS = arg('appends', 300);
const CANDIDATES = arg('candidates', 1_000_000);
const annotators = ['ann', 'bob', 'cy'];
const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

function labels(n: number): LabelRecord[] {
  const out: LabelRecord[] = [];
  const now = new Date('2026-01-01T00:00:00Z');
  for (let i = 0; i < n; i++) {
    const item = Math.floor(i / annotators.length);
    const a = annotators[i % annotators.length]!;
    // Annotators agree most of the time, with some noise.
    const noisy = (v: number) => ((v + (((i * 7919) % 10) < 2 ? 1 : 0)) % 5) + 1;
    out.push(
      makeLabel(
        {
          datasetId: 'bench',
          key: { problem_id: `P${item % 5000}`, split: 'test', iteration: Math.floor(item / 5000) % 10, sample_index: Math.floor(item / 50000) },
          contentHash: `h${item}`,
          annotator: a,
          rubricId: NEXT_RUBRIC.id,
          rubricVersion: 1,
          values: { identifies_bug: ['yes', 'partly', 'no'][item % 3]!, trace_reasoning: String(noisy(item % 5)), explains_fix: String(noisy(item % 4)), usefulness: String(noisy(item % 5)) },
          note: i % 5 === 0 ? 'the rationale misreads step 7 of the trace' : '',
        },
        now,
      ),
    );
  }
  return out;
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'labels-bench-'));
  try {
    console.log(`Labels benchmark — ${LABELS.toLocaleString()} labels by ${annotators.length} annotators, ${APPENDS} journal appends, ${CANDIDATES.toLocaleString()} queue candidates`);
    const all = labels(LABELS);

    const journal = new LabelJournal(work);
    const lat: number[] = [];
    for (let i = 0; i < APPENDS; i++) {
      const t = performance.now();
      await journal.append('latency', [{ op: 'put', at: 'x', label: all[i % all.length]! }]);
      lat.push(performance.now() - t);
    }
    console.log(`journal append (one label, fsync'd): p50 ${pct(lat, 50).toFixed(2)} ms, p95 ${pct(lat, 95).toFixed(2)} ms, max ${Math.max(...lat).toFixed(2)} ms`);

    const text = all.map((label) => JSON.stringify({ op: 'put', at: label.updatedAt, label })).join('\n') + '\n';
    const jfile = path.join(work, 'labels-journal', 'replay.jsonl');
    writeFileSync(jfile, text);
    let t0 = performance.now();
    const read = await journal.read('replay');
    const replayed = replayJournal(read.entries);
    console.log(`journal read + replay: ${read.entries.length.toLocaleString()} entries (${(text.length / 1e6).toFixed(1)} MB) → ${replayed.labels.length.toLocaleString()} labels in ${ms(t0)}`);

    t0 = performance.now();
    const file = exportJsonl({ datasetId: 'bench', labels: all, rubrics: [NEXT_RUBRIC], now: new Date() });
    console.log(`export JSONL: ${(file.length / 1e6).toFixed(1)} MB in ${ms(t0)}`);
    t0 = performance.now();
    const parsed = parseLabelExport(file, 'bench.jsonl');
    const tParse = performance.now() - t0;
    const existing = new Map(all.slice(0, LABELS / 2).map((l) => [l.id, l]));
    t0 = performance.now();
    const plan = planImport(parsed, { datasetId: 'bench', existing, rubrics: [NEXT_RUBRIC], isKnownSample: () => true });
    console.log(`import: parse ${tParse.toFixed(0)} ms, plan ${ms(t0)} (${plan.add.length.toLocaleString()} new, ${plan.unchanged.toLocaleString()} unchanged, ${plan.conflicts.length} conflicts)`);

    t0 = performance.now();
    const rows = agreementByDimension(all, NEXT_RUBRIC);
    console.log(`agreement (4 dimensions, Cohen + Fleiss + α nominal/ordinal): ${ms(t0)}; items per dimension ${rows[0]!.items.toLocaleString()}`);
    for (const r of rows) console.log(`  ${r.dimension}: κ_cohen ${r.cohen?.kappa?.toFixed(3)}, κ_fleiss ${r.fleiss?.kappa?.toFixed(3)}, α_nominal ${r.alphaNominal.alpha?.toFixed(3)}, α_ordinal ${r.alphaOrdinal?.alpha?.toFixed(3)}`);

    const candidates: QueueCandidate[] = [];
    for (let i = 0; i < CANDIDATES; i++) candidates.push({ index: i, problem_id: `P${i % 20000}`, split: i % 7 === 0 ? 'dev' : 'test', iteration: Math.floor(i / 20000) % 10, sample_index: Math.floor(i / 200000), model: 'm', passed: i % 3 === 0 });
    t0 = performance.now();
    const q = buildQueue(candidates, { seed: 'bench', stratifyBy: ['split', 'iteration'], perStratum: 50, overlap: 100, annotators });
    console.log(`queue draw: ${q.length} items from ${CANDIDATES.toLocaleString()} candidates (${new Set(q.map((x) => x.stratum)).size} strata) in ${ms(t0)}`);
    void parseJournal;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
