import { diffLines, diffWords, type Change } from 'diff';
import type { SampleDetail } from '../../../../shared/contract';

/** One test's outcome in every compared sample (null: the sample has no result for it). */
export interface TestOutcomeRow {
  test: string;
  outcomes: Array<{ passed: boolean; error: string | null } | null>;
  differs: boolean;
}

/** Aligns test results by test source across samples, in first-seen order. */
export function testOutcomeRows(details: readonly SampleDetail[]): TestOutcomeRow[] {
  const order: string[] = [];
  const seen = new Set<string>();
  for (const d of details) {
    for (const t of d.sample.test_results ?? []) {
      if (!seen.has(t.test)) {
        seen.add(t.test);
        order.push(t.test);
      }
    }
  }
  return order.map((test) => {
    const outcomes = details.map((d) => {
      const r = d.sample.test_results?.find((t) => t.test === test);
      return r ? { passed: r.passed, error: r.error ?? null } : null;
    });
    const keys = outcomes.map((o) => (o ? String(o.passed) : 'none'));
    return { test, outcomes, differs: new Set(keys).size > 1 };
  });
}

export type Section = 'rationale' | 'fixed_code' | 'grounding' | 'tests';

/** Sections whose content is not the same in every compared sample: the "show only what differs" filter. */
export function differingSections(details: readonly SampleDetail[], groundingText: readonly string[]): Set<Section> {
  const differs = (values: readonly unknown[]) => new Set(values.map((v) => JSON.stringify(v ?? null))).size > 1;
  const out = new Set<Section>();
  if (differs(details.map((d) => (d.sample.rationale ?? '').trim()))) out.add('rationale');
  if (differs(details.map((d) => normaliseCode(d.sample.fixed_code ?? '')))) out.add('fixed_code');
  if (differs(groundingText)) out.add('grounding');
  if (testOutcomeRows(details).some((r) => r.differs)) out.add('tests');
  return out;
}

/** Trailing whitespace and CRLF are not differences a reader cares about. */
export function normaliseCode(code: string): string {
  return code.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
}

// Beyond this many edits two texts are unrelated and the diff (quadratic in
// the worst case) would freeze the view: they are shown side by side instead.
const MAX_EDITS = 1500;

/** Word-level diff of a rationale against the baseline column; null when the texts are too different to diff. */
export function rationaleDiff(base: string, other: string): Change[] | null {
  return diffWords(base, other, { maxEditLength: MAX_EDITS }) ?? null;
}

export type CodeLine = { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'skipped'; count: number };

/**
 * Line diff of fixed code against the baseline column. With `context` set,
 * runs of unchanged lines longer than 2·context collapse into one
 * "N unchanged lines" marker (the "only what differs" view).
 */
export function codeDiffLines(base: string, other: string, context: number | null = null): CodeLine[] {
  const lines: CodeLine[] = [];
  const parts = diffLines(normaliseCode(base), normaliseCode(other), { maxEditLength: MAX_EDITS }) ?? [
    { value: normaliseCode(base), removed: true, added: false, count: 0 },
    { value: normaliseCode(other), added: true, removed: false, count: 0 },
  ];
  for (const part of parts) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const texts = part.value.replace(/\n$/, '').split('\n');
    for (const text of texts) lines.push({ kind, text });
  }
  return context === null ? lines : collapseSame(lines, context);
}

function collapseSame(lines: CodeLine[], context: number): CodeLine[] {
  const out: CodeLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.kind !== 'same') {
      out.push(lines[i++]!);
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.kind === 'same') j++;
    const run = lines.slice(i, j);
    const head = i === 0 ? 0 : context;
    const tail = j === lines.length ? 0 : context;
    if (run.length > head + tail) {
      out.push(...run.slice(0, head), { kind: 'skipped', count: run.length - head - tail }, ...run.slice(run.length - tail));
    } else out.push(...run);
    i = j;
  }
  return out;
}
