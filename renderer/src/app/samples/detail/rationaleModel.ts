import type { Mention } from '../../../../../shared/grounding/mentions';
import type { CheckedClaim, TestStep } from '../../../../../shared/grounding/types';

/** One marked range of the rationale: a checked claim, or a mention that links into the trace. */
export type RationaleMark =
  | { kind: 'claim'; start: number; end: number; claimIndex: number; claim: CheckedClaim; first: boolean }
  | { kind: 'mention'; start: number; end: number; mention: Mention };

/**
 * Claims win over mentions where they overlap (a claim links to its own
 * lines and steps); marks past `limit` (the shown part of a long rationale)
 * are dropped. Sorted and non-overlapping.
 */
export function buildMarks(claims: readonly CheckedClaim[], mentions: readonly Mention[], limit: number): RationaleMark[] {
  const marks: RationaleMark[] = [];
  const seen = new Set<string>();
  claims.forEach((claim, claimIndex) => {
    if (claim.end > limit) return;
    // "lines 2 and 3" gives two claims over distinct numbers; an identical range is marked once.
    const key = `${claim.start}:${claim.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    marks.push({ kind: 'claim', start: claim.start, end: claim.end, claimIndex, claim, first: true });
  });
  for (const mention of mentions) {
    if (mention.end > limit) continue;
    if (marks.some((m) => m.kind === 'claim' && m.start < mention.end && m.end > mention.start)) continue;
    marks.push({ kind: 'mention', start: mention.start, end: mention.end, mention });
  }
  return marks.sort((a, b) => a.start - b.start);
}

/** Where to cut a long rationale: at a paragraph break before `max` when there is one. */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const para = text.lastIndexOf('\n\n', max);
  return para > max / 2 ? para : max;
}

/** The lines a mark is about, its first step (for the hover preview) and every step it may mean (tests where it holds). */
export function linesAndStep(mark: RationaleMark): { lines: number[]; step: TestStep | null; candidates: TestStep[] } {
  if (mark.kind === 'mention') {
    const step = mark.mention.step ?? null;
    return { lines: mark.mention.lines, step, candidates: step ? [step] : [] };
  }
  const c = mark.claim;
  const lines = c.lines ?? (c.line ? [c.line] : []);
  const candidates = c.steps ?? [];
  return { lines, step: candidates[0] ?? null, candidates };
}
