import { canonicalValue } from './pyValue';
import { codeSpans, maskCodeBlocks } from './textScan';
import type { TestStep } from '../trace/cursor/tests';
import type { TraceFacts } from './traceFacts';

/**
 * Mentions in a rationale that point into the trace: line numbers, traced
 * variable names and backticked values the trace contains. The rationale
 * pane links them to the code line and the timeline step.
 */
export interface Mention {
  kind: 'line' | 'variable' | 'value';
  start: number;
  end: number;
  line?: number;
  variable?: string;
  /** First step this mention refers to (the line's first run, the variable's first change, the value's first sighting), with its test. */
  step?: TestStep;
  /** Lines to highlight. */
  lines: number[];
}

const MAX_MENTIONS = 2000;
/** Values looked at when linking backticked literals (the rest of a huge trace is not worth the wait). */
const MAX_VALUE_SCAN = 50_000;

export function findMentions(rationale: string, facts: TraceFacts | null): Mention[] {
  const text = maskCodeBlocks(rationale);
  const out: Mention[] = [];
  for (const m of text.matchAll(/\blines?\s+(\d{1,5})((?:\s*(?:,|and|or|&|-|–|to)\s*\d{1,5})*)/gi)) {
    for (const n of m[0].matchAll(/\d{1,5}/g)) {
      const line = Number(n[0]);
      const steps = facts?.lines.get(line);
      const start = m.index! + (n.index === m[0].search(/\d/) ? 0 : n.index!);
      out.push({ kind: 'line', start, end: m.index! + n.index! + n[0].length, line, lines: [line], ...(steps?.length ? { step: steps[0] } : {}) });
    }
  }
  if (facts) {
    // Capped: one alternation of thousands of names would cost more than the links are worth.
    const names = [...facts.vars.keys()].filter((n) => /^[A-Za-z_]\w*$/.test(n)).slice(0, 500);
    if (names.length > 0) {
      // Longest first so that `total_sum` is not read as `total`; single letters like `a` only in backticks.
      const alternation = names.sort((a, b) => b.length - a.length).join('|');
      const re = new RegExp(`\`(${alternation})\`|(?<![\\w.])(${alternation})(?![\\w(])`, 'g');
      for (const m of text.matchAll(re)) {
        const name = (m[1] ?? m[2])!;
        if (!m[1] && (name === 'a' || name === 'I' || name === 'A')) continue;
        const sightings = facts.vars.get(name)!;
        out.push({ kind: 'variable', start: m.index!, end: m.index! + m[0].length, variable: name, step: { test: sightings[0]!.test, step: sightings[0]!.step }, lines: [...new Set(sightings.map((s) => s.line))] });
        if (out.length > MAX_MENTIONS) break;
      }
    }
    // Backticked literals first: the trace's values are only canonicalised when there is something to find.
    const wanted = codeSpans(text)
      .map(([start, end]) => ({ start, end, canon: canonicalValue(text.slice(start, end)) }))
      .filter((w) => w.canon !== null);
    if (wanted.length > 0) {
      const need = new Set(wanted.map((w) => w.canon!));
      const byValue = new Map<string, { test: number; step: number; line: number }>();
      let seen = 0;
      outer: for (const list of facts.vars.values()) {
        for (const s of list) {
          if (++seen > MAX_VALUE_SCAN || byValue.size === need.size) break outer;
          const c = s.canon;
          if (c && need.has(c) && !byValue.has(c)) byValue.set(c, s);
        }
      }
      for (const w of wanted) {
        const hit = byValue.get(w.canon!);
        if (hit) out.push({ kind: 'value', start: w.start - 1, end: w.end + 1, step: { test: hit.test, step: hit.step }, lines: [hit.line] });
      }
    }
  }
  // Earliest first; where two overlap the first one wins.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of out) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept.slice(0, MAX_MENTIONS);
}
