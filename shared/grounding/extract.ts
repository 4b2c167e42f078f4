import type { Claim, ClaimScope } from './types';
import { extractCountClaims } from './extractCounts';
import { codeSpans, hedgeAt, maskCodeBlocks, readValue, readValueLoose, sentenceStart, spanAt } from './textScan';

/**
 * Finds the claims a rationale makes about the execution. Patterns are listed
 * in README.md. Extraction is deliberately narrow: a sentence we only half
 * understand yields no claim or an unverifiable one, never a contradiction.
 */
export interface ExtractOptions {
  /** Variables the trace records: plain English words count as variables only if they are traced. */
  tracedNames?: ReadonlySet<string>;
  /** The program's lines, trimmed: a code span that quotes one (`count = 0`) is code, not a claim about a value. */
  codeLines?: ReadonlySet<string>;
}

const VERBS = [
  'is now', 'is still', 'is set to', 'is updated to', 'is assigned to', 'is assigned', 'is incremented to', 'is decremented to',
  'is reset to', 'is equal to', 'is initialized to', 'is initialised to', 'is initially', 'was initially', 'was set to',
  'was updated to', 'was assigned', 'equals', 'becomes', 'became', 'gets set to', 'gets', 'got', 'holds', 'has the value of',
  'has the value', 'has value', 'ends up as', 'ends up at', 'ends up being', 'ends up with', 'remains', 'stays', 'changes to',
  'changed to', 'turns into', 'starts at', 'starts as', 'takes the value of', 'takes the value', 'takes value', 'is', 'was',
].map((v) => v.replace(/ /g, '\\s+'));
const INITIAL_VERB = /initial|starts/;
const FINAL_VERB = /ends\s+up|remains|stays/;

const VALUE_RE = new RegExp(
  "(the\\s+(?:(final|last|initial|first)\\s+)?values?\\s+of\\s+)?(?:`([^`\\n]{1,80})`|\\b([A-Za-z_]\\w*))(?:'s\\s+(?:(final|last|initial|first)\\s+)?value)?" +
    `(?:\\s+(${VERBS.join('|')})\\s+|\\s*(=)(?!=)\\s*)`,
  'g',
);
// "total goes from 0 to 1", "`i` increases from 0 to 3": both values, the first before the second.
const TRANSITION_RE =
  /(?:`([A-Za-z_]\w*)`|\b([A-Za-z_]\w*))\s+(?:goes|changes|increases|decreases|grows|drops|moves|jumps|rises|falls|is\s+updated|is\s+changed|went|changed|increased|decreased|grew|dropped)\s+from\s+/g;
const RETURN_RE = /\b(?:returns|returned|is\s+returning|return\s+value\s+is|returned\s+value\s+is|returns\s+the\s+value)\s+/g;
const INSTEAD_RE = /\s*,?\s*(?:instead\s+of|rather\s+than|but\s+(?:the\s+test\s+|it\s+)?(?:expects|expected|should\s+(?:return|be)))\s+(?:the\s+expected\s+(?:value\s+)?)?/y;
const ASSERT_RE = /\b(?:the\s+)?(?:(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+)?(?:assertion|assert|test\s+case|test)\b/gi;
const ACTUAL_RE = /\b(?:gets|got|receives|received|returns|returned|produces|produced|sees|saw|computes|computed|evaluates\s+to|yields|obtains|obtained)\s+(?:the\s+value\s+)?/i;
const EXPECTED_RE =
  /\b(?:expects|expected|wants|requires|should\s+(?:be|get|return|equal)|instead\s+of|rather\s+than|the\s+expected\s+(?:value|output|result)\s+(?:is|of))\s+(?:the\s+value\s+)?/i;
const EXC_TYPE = '`?([A-Z]\\w*(?:Error|Exception|Interrupt|Iteration))(?::[^`\\n]*)?`?';
const EXCEPTION_RE = new RegExp(
  `\\b(?:raises|raised|throws|threw|results\\s+in|causes|triggers|(?:stops|fails|crashes|ends|terminates|dies)\\s+with)\\s+(?:an?\\s+)?${EXC_TYPE}|\\b(?:an?\\s+)?${EXC_TYPE}\\s+(?:is|was|gets)\\s+(?:raised|thrown)`,
  'g',
);
const ON_LINE_RE = /\s+(?:on|at|in)\s+line\s+(\d{1,5})\b/y;
// "at step (4)", "after line 3 runs at step (5)": the step a value claim is about.
const STEP_AFTER_RE = /\s*,?\s+(?:at|in|after)\s+step\s*\(?(\d{1,7})\)?/y;
const STEP_BEFORE_RE = /\b(?:at|in|after|by)\s+step\s*\(?(\d{1,7})\)?/gi;
// Sentences about one particular test or input: a trace of another test cannot contradict them.
const TEST_TALK = /\b(?:first|second|third|fourth|fifth|last|other|another|next|previous|\d+(?:st|nd|rd|th))\s+(?:test|assertion|assert|call|example|input|case)\b|\bwhen\s+called\s+with\b|\bfor\s+(?:the\s+)?input\b/i;
// Sentences about where the bug is: the trace shows what ran, not what is wrong.
const BUG_TALK = /\b(bug|buggy|faulty|fault|culprit|mistake|wrong|incorrect|error\s+is|problem\s+is|goes\s+wrong|should\s+be|fix)\b/i;
const LINE_RE = /\blines?\s+(\d{1,5})((?:\s*(?:,|and|or|&)\s*\d{1,5})*)/gi;

const ORDINALS: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, fifth: 4, '5th': 4, last: -1 };
const PY_KEYWORDS = new Set(['return', 'if', 'else', 'for', 'while', 'in', 'not', 'and', 'or', 'def', 'lambda', 'assert', 'print', 'the', 'it', 'this', 'that', 'there', 'which', 'what', 'value', 'answer', 'output', 'result', 'here']);
const GUARD_BEFORE = /(?:\bof|\bindex|\bat|\bthan|\bin|\belement|\belements|\bitem|\blength|\blen|\bsize|\bnumber|[.[(])\s*$/i;
const IDENT = /^[A-Za-z_]\w*$/;

function codeLike(name: string): boolean {
  return /[_\d]/.test(name) || /[a-z][A-Z]/.test(name) || (name.length === 1 && !/[aAI]/.test(name));
}

export function extractClaims(rationale: string, options: ExtractOptions = {}): Claim[] {
  const text = maskCodeBlocks(rationale);
  const spans = codeSpans(text);
  const traced = options.tracedNames ?? new Set<string>();
  const claims: Claim[] = [];
  // Ranges already claimed, kept sorted by start and disjoint, so a binary search answers "is this free?".
  const taken: Array<[number, number]> = [];
  const firstEndingAfter = (s: number) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]![1] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const free = (s: number, e: number) => {
    const i = firstEndingAfter(s);
    return i >= taken.length || taken[i]![0] >= e;
  };
  const take = (s: number, e: number) => taken.splice(firstEndingAfter(s), 0, [s, e]);
  const add = (claim: Omit<Claim, 'text' | 'hedged'>) => {
    if (!free(claim.start, claim.end)) return;
    take(claim.start, claim.end);
    const hedged = hedgeAt(text, claim.start);
    claims.push({ ...claim, text: rationale.slice(claim.start, claim.end), ...(hedged ? { hedged } : {}) });
  };

  const defNames = new Set<string>();
  for (const line of options.codeLines ?? []) {
    const def = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/.exec(line);
    if (def) defNames.add(def[1]!);
  }
  const counts = extractCountClaims(text, defNames);

  // Assertions first: "the first assertion gets 7 but expects 6".
  for (const m of text.matchAll(ASSERT_RE)) {
    const start = m.index!;
    const sentenceEnd = text.slice(start).search(/[.!?](\s|$)|\n/);
    const window = text.slice(start, start + Math.min(sentenceEnd < 0 ? 200 : sentenceEnd, 200));
    // A value or count claim between the anchor and the verb ("for the second test, total is 1 and it returns 1",
    // "in the first test the loop runs 3 times and returns 2") is its own claim.
    const direct = (v: RegExpExecArray | null) =>
      v && !/\s(?:is|was|becomes|became|equals|=)\s/.test(window.slice(m[0].length, v.index)) && !counts.some((c) => c.start >= start + m[0].length && c.start < start + v.index) ? v : null;
    const actualM = direct(ACTUAL_RE.exec(window));
    const expectedM = direct(EXPECTED_RE.exec(window));
    const actual = actualM ? readValue(text, start + actualM.index + actualM[0].length) : null;
    const expected = expectedM ? readValue(text, start + expectedM.index + expectedM[0].length) : null;
    if (!actual && !expected) continue;
    const source = /`(assert\s[^`]+)`/.exec(window)?.[1];
    const ordinal = m[1] ? ORDINALS[m[1].toLowerCase()] : undefined;
    add({
      kind: 'assertion',
      start,
      end: Math.max(actual?.end ?? 0, expected?.end ?? 0),
      ...(actual ? { value: actual.written } : {}),
      ...(expected ? { expected: expected.written } : {}),
      ...(ordinal !== undefined ? { testOrdinal: ordinal } : {}),
      ...(source ? { variable: source } : {}),
      scope: 'any',
    });
  }

  // Returns: "returns 5", "the function returned [1, 2] instead of [2, 1]".
  for (const m of text.matchAll(RETURN_RE)) {
    const value = readValue(text, m.index! + m[0].length);
    if (!value) continue;
    INSTEAD_RE.lastIndex = value.end;
    const instead = INSTEAD_RE.exec(text) ? readValue(text, INSTEAD_RE.lastIndex) : null;
    const start = m.index!;
    if (instead) add({ kind: 'assertion', start, end: instead.end, value: value.written, expected: instead.written, scope: 'any' });
    else {
      const sentenceEnd = text.slice(value.end).search(/[.!?](\s|$)|\n/);
      const aboutTest = TEST_TALK.test(text.slice(sentenceStart(text, start), sentenceEnd < 0 ? text.length : value.end + sentenceEnd));
      add({ kind: 'return', start, end: value.end, value: value.written, scope: 'final', ...(aboutTest ? { aboutTest } : {}) });
    }
  }

  for (const m of text.matchAll(TRANSITION_RE)) {
    const name = (m[1] ?? m[2])!;
    const subjectStart = m.index!;
    if (!m[1] && (PY_KEYWORDS.has(name) || (!traced.has(name) && !codeLike(name)))) continue;
    if (!m[1] && GUARD_BEFORE.test(text.slice(Math.max(0, subjectStart - 12), subjectStart))) continue;
    const from = readValueLoose(text, m.index! + m[0].length);
    if (!from) continue;
    const to = /^\s+to\s+/.exec(text.slice(from.end, from.end + 20));
    const toValue = to ? readValue(text, from.end + to[0].length) : null;
    if (!toValue) continue;
    add({ kind: 'value', start: m.index!, end: toValue.end, variable: name, value: toValue.written, expected: from.written, transition: true, scope: 'any' });
  }

  // Values: "x is 3", "`x = [1, 2]`", "total becomes 10", "the final value of total is 10".
  for (const m of text.matchAll(VALUE_RE)) {
    const subjectStart = m.index! + (m[1]?.length ?? 0);
    const ticked = m[3];
    const name = ticked ?? m[4]!;
    const verb = (m[6] ?? m[7] ?? '').replace(/\s+/g, ' ');
    const value = readValue(text, m.index! + m[0].length);
    if (!value) continue;
    const span = spanAt(spans, ticked ? subjectStart + 1 : subjectStart);
    if (ticked) {
      if (!span || span[0] !== subjectStart + 1) continue;
    } else if (span) {
      // Inside a code span only a whole-span assignment counts: `x = [1, 2]`, not `if x is None`.
      if (span[0] !== subjectStart || value.end !== span[1]) continue;
      if (options.codeLines?.has(text.slice(span[0], span[1]).trim())) continue;
    } else {
      if (!m[1] && GUARD_BEFORE.test(text.slice(Math.max(0, subjectStart - 12), subjectStart))) continue;
      if (PY_KEYWORDS.has(name) || (!traced.has(name) && !codeLike(name))) continue;
    }
    if (verb === '' && !ticked && !span && /^\s*(?:[-+*/%]|==)/.test(text.slice(value.end))) continue;
    const which = (m[2] ?? m[5] ?? '').toLowerCase();
    const sentence = text.slice(sentenceStart(text, subjectStart), subjectStart);
    let scope: ClaimScope = 'any';
    if (/final|last/.test(which) || FINAL_VERB.test(verb) || /\b(after\s+the\s+loop|at\s+the\s+end|in\s+the\s+end|finally|by\s+the\s+end|once\s+the\s+loop\s+(?:ends|finishes|completes|is\s+done))\b/i.test(sentence)) scope = 'final';
    else if (/initial|first/.test(which) || INITIAL_VERB.test(verb) || /\b(initially|at\s+first|at\s+the\s+start|before\s+the\s+loop)\b/i.test(sentence)) scope = 'initial';
    STEP_AFTER_RE.lastIndex = value.end;
    const after = STEP_AFTER_RE.exec(text);
    const before = [...text.slice(sentenceStart(text, subjectStart), subjectStart).matchAll(STEP_BEFORE_RE)].pop();
    const step = after ? Number(after[1]) : before ? Number(before[1]) : undefined;
    const end = after ? STEP_AFTER_RE.lastIndex : value.end;
    const sentenceEnd = text.slice(end).search(/[.!?](\s|$)|\n/);
    const aboutTest = TEST_TALK.test(text.slice(sentenceStart(text, subjectStart), sentenceEnd < 0 ? text.length : end + sentenceEnd));
    const expression = !IDENT.test(name.trim());
    // Only variable-like expressions (`nums[i]`, `self.total`, `len(xs)`) are claims; `total == 5` is a condition.
    if (expression && !/^[A-Za-z_][\w.]*(?:\[[^\]]*\]|\([^)]*\))+$|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(name.trim())) continue;
    add({
      kind: expression ? 'expression' : 'value',
      start: m.index!,
      end,
      variable: name.trim(),
      value: value.written,
      ...(step !== undefined ? { step } : {}),
      ...(aboutTest ? { aboutTest } : {}),
      scope,
    });
  }

  for (const m of text.matchAll(EXCEPTION_RE)) {
    ON_LINE_RE.lastIndex = m.index! + m[0].length;
    const onLine = ON_LINE_RE.exec(text);
    const end = onLine ? ON_LINE_RE.lastIndex : m.index! + m[0].length;
    add({ kind: 'exception', start: m.index!, end, exceptionType: (m[1] ?? m[2])!, ...(onLine ? { line: Number(onLine[1]) } : {}), scope: 'any' });
  }

  // Counts before bare line mentions: "line 7 is never reached" is one count claim, not a line claim.
  for (const claim of counts) add(claim);

  for (const m of text.matchAll(LINE_RE)) {
    if (text[m.index! + m[0].length] === '-' || /^\s*(?:-|–|to)\s*\d/.test(text.slice(m.index! + m[0].length))) continue; // a range
    // One claim per line number; the first covers "line 3", the others just their number.
    if (!free(m.index!, m.index! + m[0].length)) continue;
    take(m.index!, m.index! + m[0].length);
    const sentenceEnd = text.slice(m.index!).search(/[.!?](\s|$)|\n/);
    const sentence = text.slice(sentenceStart(text, m.index!), m.index! + (sentenceEnd < 0 ? text.length : sentenceEnd));
    const aboutBug = BUG_TALK.test(sentence);
    let first = true;
    for (const n of m[0].matchAll(/\d{1,5}/g)) {
      const start = first ? m.index! : m.index! + n.index!;
      const end = m.index! + n.index! + n[0].length;
      first = false;
      claims.push({ kind: 'line', start, end, line: Number(n[0]), scope: 'any', text: rationale.slice(start, end), ...(aboutBug ? { aboutBug } : {}) });
    }
  }

  return claims.sort((a, b) => a.start - b.start || (a.line ?? 0) - (b.line ?? 0));
}
