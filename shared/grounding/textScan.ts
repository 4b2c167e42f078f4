import { scanLiteral, type ScannedLiteral } from './pyValue';

/**
 * Text helpers for claim extraction. Fenced code blocks are blanked (same
 * length, so offsets stay valid): code is not a claim about the execution.
 */
export function maskCodeBlocks(text: string): string {
  return text.replace(/(^|\n)(```|~~~)[^\n]*\n[\s\S]*?(\n\2[^\n]*(?=\n|$)|$)/g, (block) => block.replace(/[^\n]/g, ' '));
}

/** Inline code spans `like this`: [start of content, end of content). */
export function codeSpans(masked: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of masked.matchAll(/`([^`\n]+)`/g)) spans.push([m.index! + 1, m.index! + 1 + m[1]!.length]);
  return spans;
}

export function spanAt(spans: Array<[number, number]>, pos: number): [number, number] | null {
  for (const s of spans) if (pos >= s[0] && pos < s[1]) return s;
  return null;
}

// Look-back limits keep every claim's context scan bounded: a 200 KB rationale without full stops stays linear.
const MAX_SENTENCE = 1000;
const MAX_PARAGRAPH = 3000;

/** Start of the sentence holding `pos` (at most MAX_SENTENCE back). */
export function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_SENTENCE);
  for (let i = pos - 1; i > floor; i--) {
    const c = text[i]!;
    if (c === '\n') return i + 1;
    if ((c === ' ' || c === '\t') && /[.!?]/.test(text[i - 1]!) && !/\b(e\.g|i\.e|etc|vs)\.$/.test(text.slice(Math.max(0, i - 5), i))) return i + 1;
  }
  return 0;
}

/** Start of the clause holding `pos`: after the last comma, semicolon, colon or coordinating "but/while/whereas/so". */
export function clauseStart(text: string, pos: number): number {
  const sentence = sentenceStart(text, pos);
  const prefix = text.slice(sentence, pos);
  let cut = 0;
  for (const m of prefix.matchAll(/[,;:]\s|\s(?:but|while|whereas|so|and|because|since|then)\s/g)) cut = m.index! + m[0].length;
  return sentence + cut;
}

// Words that make a claim hypothetical or about the intended/fixed program rather than the traced one.
const MODAL = /\b(if|unless|should|would|could|must|might|ought|need(?:s|ed)?\s+to|want(?:s|ed)?|supposed|expect(?:s|ed)?|intended|correct(?:ly|ed)?|instead|fix(?:ed|ing)?|proper(?:ly)?|ideally|so\s+that|in\s+order)\b/gi;
// "It should return 10, but it returns 6": a contrast after the modal brings the sentence back to what happened.
const CONTRAST = /\b(but|however|whereas|yet|although|though|actually|in\s+fact|while)\b/i;
const STRONG =
  /\b(if|unless|suppose|supposing|assum(?:e|ing)|imagine|hypothetical(?:ly)?|fixed|corrected|after\s+(?:the\s+)?fix(?:ing)?|once\s+fixed|with\s+the\s+fix|to\s+fix)\b/i;

// A paragraph that has turned to the fixed program ("The fixed version ...", "With this change ...") talks about code that was not traced.
const FIX_PARAGRAPH = /\b(fixed\s+(?:version|code|function|program)|corrected\s+(?:version|code|function|program)|(?:after|with)\s+(?:the|this)\s+(?:fix|change|correction)|the\s+fix\b)/i;

/** Start of the paragraph holding `pos` (after the last blank line, at most MAX_PARAGRAPH back). */
export function paragraphStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_PARAGRAPH);
  const at = text.slice(floor, pos).lastIndexOf('\n\n');
  return at < 0 ? floor : floor + at + 2;
}

/** The hedge word that makes the claim at `pos` hypothetical, or undefined. */
export function hedgeAt(text: string, pos: number): string | undefined {
  const paragraph = FIX_PARAGRAPH.exec(text.slice(paragraphStart(text, pos), pos));
  if (paragraph) return paragraph[1]!.toLowerCase().replace(/\s+/g, ' ');
  const clause = text.slice(clauseStart(text, pos), pos);
  const clauseModal = [...clause.matchAll(MODAL)].pop();
  if (clauseModal) return clauseModal[1]!.toLowerCase();
  const sentence = text.slice(sentenceStart(text, pos), pos);
  const strong = STRONG.exec(sentence);
  if (strong) return strong[1]!.toLowerCase();
  const modal = [...sentence.matchAll(MODAL)].pop();
  if (modal && !CONTRAST.test(sentence.slice(modal.index! + modal[0].length))) return modal[1]!.toLowerCase();
  return undefined;
}

const PHRASES: Array<[RegExp, string]> = [
  [/(?:an\s+)?empty\s+list\b/iy, '[]'],
  [/(?:an\s+)?empty\s+(?:string|str)\b/iy, "''"],
  [/(?:an\s+)?empty\s+(?:dict|dictionary)\b/iy, '{}'],
  [/(?:an\s+)?empty\s+tuple\b/iy, '()'],
  [/(?:an\s+)?empty\s+set\b/iy, 'set()'],
  [/zero\b/iy, '0'],
];
const TYPE_WORD = /(?:the\s+)?(?:list|string|tuple|dict|dictionary|set|integer|int|number|value|float|boolean)\s+(?=[-\d'"[({`TFN])/iy;
// What may not follow a value: it is then a count, a range or part of an expression ("3 times", "3 or 4", "3 + i").
const AFTER_GUARD =
  /^(?:,\d|\s*(?:%|percent\b|times\b|x\b|more\b|less\b|fewer\b|elements?\b|items?\b|characters?\b|chars?\b|digits?\b|iterations?\b|steps?\b|ways\b|or\b|to\b|-\s*\d|-\w|[+*/(\[<>]|==|!=|\.[A-Za-z_]|and\s+-?\d))/i;

export interface ValueAt {
  lit: ScannedLiteral;
  /** The value as written (without backticks). */
  written: string;
  end: number;
}

/** Reads a claimed value at `pos`: a Python literal, optionally in backticks, or a phrase like "an empty list". */
export function readValue(text: string, pos: number): ValueAt | null {
  let at = pos;
  TYPE_WORD.lastIndex = at;
  if (TYPE_WORD.exec(text)) at = TYPE_WORD.lastIndex;
  for (const [re, literal] of PHRASES) {
    re.lastIndex = at;
    if (re.exec(text)) {
      const end = re.lastIndex;
      if (AFTER_GUARD.test(text.slice(end, end + 16))) return null;
      return { lit: scanLiteral(literal, 0)!, written: literal, end };
    }
  }
  return literalAt(text, at, true);
}

/** Like readValue, but a following "to" is allowed: the first value of "from 0 to 3". */
export function readValueLoose(text: string, pos: number): ValueAt | null {
  return literalAt(text, pos, false);
}

/** A literal at `at`, bare or in backticks; `guarded`: refuse a bare one that AFTER_GUARD says continues. */
function literalAt(text: string, at: number, guarded: boolean): ValueAt | null {
  const ticked = text[at] === '`';
  const lit = scanLiteral(text, ticked ? at + 1 : at);
  if (!lit) return null;
  let end = lit.end;
  if (ticked) {
    if (text[end] !== '`') return null;
    end++;
  } else if (guarded && AFTER_GUARD.test(text.slice(end, end + 16))) return null;
  // Sentence-final "3." is fine; "3.x" was refused by the scanner.
  return { lit, written: text.slice(ticked ? at + 1 : at, ticked ? end - 1 : end).trim(), end };
}
