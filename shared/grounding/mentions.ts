import { canonicalValue } from './pyValue';
import { codeSpans, maskCodeBlocks } from './textScan';
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
  /** First step this mention refers to (the line's first run, the variable's first change, the value's first sighting). */
  step?: number;
  /** Lines to highlight. */
  lines: number[];
}

const MAX_MENTIONS = 2000;

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
    const names = [...facts.vars.keys()].filter((n) => /^[A-Za-z_]\w*$/.test(n));
    if (names.length > 0) {
      // Longest first so that `total_sum` is not read as `total`; single letters like `a` only in backticks.
      const alternation = names.sort((a, b) => b.length - a.length).join('|');
      const re = new RegExp(`\`(${alternation})\`|(?<![\\w.])(${alternation})(?![\\w(])`, 'g');
      for (const m of text.matchAll(re)) {
        const name = (m[1] ?? m[2])!;
        if (!m[1] && (name === 'a' || name === 'I' || name === 'A')) continue;
        const sightings = facts.vars.get(name)!;
        out.push({ kind: 'variable', start: m.index!, end: m.index! + m[0].length, variable: name, step: sightings[0]!.step, lines: [...new Set(sightings.map((s) => s.line))] });
        if (out.length > MAX_MENTIONS) break;
      }
    }
    const byValue = new Map<string, { step: number; line: number }>();
    for (const list of facts.vars.values()) for (const s of list) if (s.canon && !byValue.has(s.canon)) byValue.set(s.canon, s);
    for (const [start, end] of codeSpans(text)) {
      const canon = canonicalValue(text.slice(start, end));
      const hit = canon ? byValue.get(canon) : undefined;
      if (hit) out.push({ kind: 'value', start: start - 1, end: end + 1, step: hit.step, lines: [hit.line] });
    }
  }
  // Earliest first; where two overlap the first one wins.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of out) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept.slice(0, MAX_MENTIONS);
}
