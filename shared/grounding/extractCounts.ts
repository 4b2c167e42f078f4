import type { Claim } from './types';
import { sentenceStart } from './textScan';

/**
 * Count claims: how often a loop iterates ("the loop runs 3 times", "the
 * while loop never runs", "in the third iteration"), a line runs ("line 5 is
 * executed twice", "line 7 is never reached") or a function is called
 * ("`helper` is called twice", "fact calls itself 3 times"). The patterns
 * are narrow on purpose: "at least 3 times", "3 times per call", "3 times
 * faster" are not claims.
 */
export type CountCandidate = Omit<Claim, 'text' | 'hedged'>;

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  once: 1, twice: 2, thrice: 3,
};
const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NUM = '\\d{1,6}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const ORD = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,4}(?:st|nd|rd|th)';
const EXACTLY = '(?:(?:only|exactly|just|precisely)\\s+)?';
// "3 times more", "twice as many", "3 times per call", "3 times 4": not a count of runs.
const AFTER = '(?!\\s*(?:more|less|fewer|as\\b|too\\b|faster|slower|longer|over\\b|per\\b|each\\b|every\\b|for\\s+(?:each|every)\\b|[-+*/\\d]|x\\b))';
const TIMES = `(?:(${NUM}|a\\s+single)\\s+times?|(once|twice|thrice))${AFTER}`;
const PASSES = `(?:(${NUM}|a\\s+single)\\s+(?:times?|iterations?|passes|rounds?)|(once|twice|thrice))${AFTER}`;
// A "never" verb must end its clause: "the loop never runs long enough" is not a count.
const END = '(?=\\s*(?:[.,;:!?)\\n]|$)|\\s+(?:at\\s+all|even\\s+once|because|since|as|so|and|but|while|which|here|in\\s+this\\s+(?:test|call|case|run|trace))\\b)';
const ADVERB = '(?:\\s+(?:only|still|then|actually|just|therefore|thus|now|also|in\\s+total|in\\s+all))?';
const NOT = "(?:does\\s+not|did\\s+not|doesn't|didn't|doesn’t|didn’t)\\s+(?:even\\s+)?";

const LOOP_SUBJECT =
  '\\b(?:the|this|that|its)\\s+(?:body\\s+of\\s+the\\s+)?(?:(`for`|`while`|for|while|inner|outer)\\s+|(`(?:for|while)\\s[^`\\n]{1,80}`)\\s+)?loop(?:\'s\\s+body|\\s+body)?' +
  '(?:\\s*\\((`(?:for|while)\\s[^`\\n]{1,80}`)\\))?(?:\\s+(?:on|at|in|starting\\s+(?:on|at))\\s+line\\s+(\\d{1,5}))?';
const LOOP_COUNT = new RegExp(
  `${LOOP_SUBJECT}${ADVERB}\\s+(?:runs|ran|iterates|iterated|executes|executed|repeats|repeated|loops|looped|cycles|(?:is|was|gets|got)\\s+(?:executed|run|entered|repeated)|goes\\s+(?:round|around|through)|went\\s+through|runs\\s+through|performs|performed|makes|made|does|did|completes|completed|has|had|takes|took)\\s+(?:for\\s+|through\\s+)?${EXACTLY}${PASSES}`,
  'gi',
);
const LOOP_NEVER = new RegExp(
  `${LOOP_SUBJECT}\\s+(?:never\\s+(?:even\\s+)?(?:runs|executes|iterates|starts|gets\\s+(?:executed|entered|run)|is\\s+entered)|(?:is|was)\\s+never\\s+(?:executed|entered|run|reached)|${NOT}(?:run|execute|iterate|start)|(?:is|was)\\s+not\\s+(?:executed|entered|run)|(?:is|was)\\s+skipped\\s+(?:entirely|completely|altogether))${END}`,
  'gi',
);
const LOOP_STOPS = new RegExp(
  `${LOOP_SUBJECT}${ADVERB}\\s+(?:stops|stopped|ends|ended|exits|exited|terminates|terminated|finishes|finished|breaks\\s+out|quits)\\s+(?:after|at)\\s+${EXACTLY}(?:(${NUM})\\s+(?:iterations?|passes|rounds?)|the\\s+(${ORD})\\s+(?:iteration|pass))`,
  'gi',
);
const ITERATION_ORDINAL = new RegExp(
  `\\b(?:after|in|on|during|by|at|from|through)\\s+the\\s+(${ORD})\\s+(?:iteration|time\\s+(?:through|round|around)\\s+the\\s+loop)(?:\\s+of\\s+the\\s+(?:(for|while|inner|outer)\\s+)?loop(?:\\s+(?:on|at|in)\\s+line\\s+(\\d{1,5}))?)?\\b(?!\\s+of\\b)`,
  'gi',
);

const LINE_SUBJECT = '\\b(?:the\\s+(?:`[^`\\n]{1,80}`|[a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,3})\\s+(?:on|at|in)\\s+)?line\\s+(\\d{1,5})(?:\\s*\\((?:`[^`\\n]*`|[^()\\n]{0,80})\\))?';
const LINE_COUNT = new RegExp(
  `${LINE_SUBJECT}${ADVERB}\\s+(?:runs|ran|executes|executed|(?:is|was|gets|got)\\s+(?:executed|run|evaluated|reached|hit|visited))\\s+${EXACTLY}${TIMES}`,
  'gi',
);
const LINE_NEVER = new RegExp(
  `${LINE_SUBJECT}\\s+(?:(?:is|was)\\s+never\\s+(?:executed|run|reached|hit|evaluated|visited)|never\\s+(?:runs|executes|executed|gets\\s+(?:executed|run|reached)|is\\s+reached)|(?:is|was)\\s+not\\s+(?:executed|run|reached)|${NOT}(?:run|execute))${END}`,
  'gi',
);

const CALL_SUBJECT = '(?:\\b(?:the|this|our)\\s+(function|method|recursive\\s+function)|`([A-Za-z_]\\w*)(?:\\(\\))?`|\\b([A-Za-z_]\\w*)\\(\\)|\\b([A-Za-z_]\\w*))';
const CALL_COUNT = new RegExp(
  `${CALL_SUBJECT}${ADVERB}\\s+(?:(?:is|gets|was|got)\\s+(?:only\\s+)?(?:called|invoked)(\\s+recursively)?\\s+${EXACTLY}${TIMES}(\\s+recursively)?|(calls\\s+itself|recurses)(?:\\s+recursively)?\\s+${EXACTLY}${TIMES})`,
  'gi',
);
const CALL_NEVER = new RegExp(`${CALL_SUBJECT}\\s+(?:is|was)\\s+never\\s+(?:called|invoked)${END}`, 'gi');
const NOT_A_NAME = new Set(['it', 'this', 'that', 'which', 'what', 'loop', 'line', 'code', 'program', 'test', 'and', 'or', 'then', 'also', 'function']);

// The sentence names its test: "in the second test", `assert f(2) == 4`.
const TEST_ORDINAL = /\b(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?:test(?:\s+case)?|assertion|assert|example)\b/i;
const TEST_ORDINALS: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3, fifth: 4, '5th': 4, last: -1 };
const TEST_SOURCE = /`(assert\s[^`]+)`/;
// The sentence is about some test or input it does not pin down ("for `n = 0`", "when the list is empty", "in another call").
const OTHER_TEST =
  /\b(?:other|another|next|previous|each|every)\s+(?:test|assertion|assert|call|example|input|case)\b|\b(?:for|when|with|on|given)\s+(?:the\s+)?(?:inputs?\s+|arguments?\s+)?(?:`[^`\n]+`|[A-Za-z_]\w*\s*(?:==?|is)\s*[-\w`'"[(]|an?\s+empty\b|empty\b|\[|\(|-?\d)|\bwhen\s+called\s+with\b/i;

function parseNumber(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'a single') return 1;
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  const n = /^(\d+)/.exec(w);
  return n ? Number(n[1]) : (ORDINAL_WORDS[w] ?? null);
}

function loopFields(kind: string | undefined, code1: string | undefined, code2: string | undefined, line: string | undefined): Partial<CountCandidate> {
  const k = kind?.replace(/`/g, '').toLowerCase() as CountCandidate['loopKind'] | undefined;
  const code = (code1 ?? code2)?.slice(1, -1);
  return { ...(k ? { loopKind: k } : {}), ...(code ? { loopCode: code } : {}), ...(line ? { line: Number(line) } : {}) };
}

/** Which test the sentence around [start, end) is about. */
function testFields(text: string, start: number, end: number): Partial<CountCandidate> {
  const stop = text.slice(end).search(/[.!?](\s|$)|\n/);
  const sentence = text.slice(sentenceStart(text, start), stop < 0 ? text.length : end + stop);
  const source = TEST_SOURCE.exec(sentence)?.[1];
  if (source) return { testSource: source };
  const ordinal = TEST_ORDINAL.exec(sentence)?.[1];
  if (ordinal) return { testOrdinal: TEST_ORDINALS[ordinal.toLowerCase()]! };
  return OTHER_TEST.test(sentence) ? { aboutTest: true } : {};
}

/** `defNames`: the program's functions, so that a plain word ("helper is called twice") counts only when it names one. */
export function extractCountClaims(text: string, defNames: ReadonlySet<string>): CountCandidate[] {
  const out: CountCandidate[] = [];
  const push: Push = (m, fields) => {
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ ...testFields(text, start, end), ...fields, start, end, scope: 'any' });
  };
  // Cheap gates: most rationales make no count claim, and the patterns below are long.
  const loops = /loop|iteration/i.test(text);
  const lines = /\bline\s+\d/i.test(text);
  const calls = /\b(?:called|invoked|calls\s+itself|recurses)\b/i.test(text);
  if (loops) collectLoops(text, push);
  if (lines) {
    for (const m of text.matchAll(LINE_COUNT)) {
      const n = parseNumber(m[2]) ?? parseNumber(m[3]);
      if (n !== null) push(m, { kind: 'executions', line: Number(m[1]), count: n, countMode: 'exactly' });
    }
    for (const m of text.matchAll(LINE_NEVER)) push(m, { kind: 'executions', line: Number(m[1]), count: 0, countMode: 'exactly' });
  }
  if (calls) collectCalls(text, defNames, push);
  return out;
}

type Push = (m: RegExpMatchArray, fields: Partial<CountCandidate> & Pick<CountCandidate, 'kind' | 'count' | 'countMode'>) => void;

function collectLoops(text: string, push: Push): void {
  for (const m of text.matchAll(LOOP_COUNT)) {
    const n = parseNumber(m[5]) ?? parseNumber(m[6]);
    if (n !== null) push(m, { kind: 'iterations', count: n, countMode: 'exactly', ...loopFields(m[1], m[2], m[3], m[4]) });
  }
  for (const m of text.matchAll(LOOP_NEVER)) push(m, { kind: 'iterations', count: 0, countMode: 'exactly', ...loopFields(m[1], m[2], m[3], m[4]) });
  for (const m of text.matchAll(LOOP_STOPS)) {
    const n = m[5] !== undefined ? parseNumber(m[5]) : parseOrdinal(m[6]!);
    if (n !== null) push(m, { kind: 'iterations', count: n, countMode: 'stopsAfter', ...loopFields(m[1], m[2], m[3], m[4]) });
  }
  for (const m of text.matchAll(ITERATION_ORDINAL)) {
    const n = parseOrdinal(m[1]!);
    if (n !== null && n > 0) push(m, { kind: 'iterations', count: n, countMode: 'atLeast', ...loopFields(m[2], undefined, undefined, m[3]) });
  }
}

function collectCalls(text: string, defNames: ReadonlySet<string>, push: Push): void {
  const callee = (m: RegExpMatchArray): { variable?: string } | null => {
    const name = m[2] ?? m[3] ?? m[4];
    if (m[1]) return {};
    if (!name || (m[4] && (NOT_A_NAME.has(name.toLowerCase()) || !defNames.has(name)))) return null;
    return { variable: name };
  };
  for (const m of text.matchAll(CALL_COUNT)) {
    const who = callee(m);
    const n = parseNumber(m[6]) ?? parseNumber(m[7]) ?? parseNumber(m[10]) ?? parseNumber(m[11]);
    if (!who || n === null) continue;
    const recursive = Boolean(m[5] || m[8] || m[9] || /recursive/i.test(m[1] ?? ''));
    push(m, { kind: 'calls', count: n, countMode: recursive ? 'recursive' : 'exactly', ...who });
  }
  for (const m of text.matchAll(CALL_NEVER)) {
    const who = callee(m);
    if (who) push(m, { kind: 'calls', count: 0, countMode: 'exactly', ...who });
  }
}
