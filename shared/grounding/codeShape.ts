/**
 * The block structure of the traced program, read from its text: statements
 * (a bracketed or backslash-continued statement is one), functions and loops.
 * Count claims need it to know which loop "the loop" is, which lines run once
 * per iteration, and which loop variable a `for` line assigns. A line-based
 * reading, not a parser: anything it is unsure of makes counts unverifiable.
 */
export interface Stmt {
  index: number;
  /** First and last physical line (1-based). */
  line: number;
  endLine: number;
  indent: number;
  /** The statement's code: comments removed, string contents blanked, continuation lines joined. */
  code: string;
  /** The first physical line as written, trimmed. */
  raw: string;
  /** The header of a block (`for ...:`, `if ...:`, `def ...:`). */
  compound: boolean;
  /** A compound header with its body on the same line (`for i in x: total += i`). */
  inlineBody: boolean;
  /** Index of the enclosing block's header, or -1. */
  parent: number;
  /** Innermost enclosing function (its `def` statement index), or -1. */
  func: number;
}

export interface FuncShape {
  name: string;
  stmt: number;
  line: number;
  /** A call shows in a NExT trace only through its arguments: a function without parameters leaves no call entry. */
  hasParams: boolean;
  /** Contains `yield`: calling it only makes a generator, and its runs interleave with the caller's. */
  generator: boolean;
}

export interface LoopShape {
  kind: 'for' | 'while';
  stmt: number;
  line: number;
  /** `for` target as written (`i`, `i, x`), and the iterable. */
  target?: string;
  iterable?: string;
  /** Enclosing function name, or null at module level. */
  func: string | null;
  /** Inside another loop of the same function: "the loop runs 3 times" could then mean per pass or in total. */
  nested: boolean;
  /** Statements of the body (any depth). */
  body: number[];
  /** Last physical line of the body. */
  endLine: number;
}

export interface CodeShape {
  stmts: Stmt[];
  /** Physical line → statement index (continuation lines map to their statement). */
  stmtAt: Map<number, number>;
  funcs: FuncShape[];
  loops: LoopShape[];
}

const COMPOUND = /^(?:async\s+)?(?:for|while|if|elif|else|try|except|finally|with|def|class|match|case)\b/;

/** Splits the code into statements, tracking strings, comments and brackets. */
function statements(code: string): Stmt[] {
  const lines = code.split('\n');
  const out: Stmt[] = [];
  let quote: string | null = null;
  let depth = 0;
  let current: { line: number; indent: number; parts: string[]; raw: string } | null = null;
  let continued = false;
  lines.forEach((text, i) => {
    let clean = '';
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (quote) {
        if (c === '\\') {
          k++;
          clean += '  ';
          continue;
        }
        if (text.startsWith(quote, k)) {
          clean += quote;
          k += quote.length - 1;
          quote = null;
        } else clean += ' ';
        continue;
      }
      if (c === '#') break;
      if (c === '"' || c === "'") {
        quote = text.startsWith(c.repeat(3), k) ? c.repeat(3) : c;
        clean += quote;
        k += quote.length - 1;
        continue;
      }
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
      clean += c;
    }
    if (quote && quote.length === 1) quote = null; // an unterminated one-line string ends with the line
    const starts = current === null && !continued;
    if (starts) {
      if (!clean.trim()) return;
      current = { line: i + 1, indent: indentOf(text), parts: [], raw: text.trim() };
    }
    current!.parts.push(clean.trim());
    continued = /\\\s*$/.test(clean);
    if (depth === 0 && quote === null && !continued) {
      const joined = current!.parts.join(' ').replace(/\\\s*$/, '').trim();
      out.push(makeStmt(out.length, current!.line, i + 1, current!.indent, joined, current!.raw));
      current = null;
    }
  });
  if (current) {
    const c = current as { line: number; indent: number; parts: string[]; raw: string };
    // Unbalanced brackets at the end: keep what there is.
    out.push(makeStmt(out.length, c.line, lines.length, c.indent, c.parts.join(' ').trim(), c.raw));
  }
  return out;
}

/** Indentation width as Python reads it: a tab goes to the next multiple of 8. */
function indentOf(text: string): number {
  let width = 0;
  for (const c of text) {
    if (c === ' ') width++;
    else if (c === '\t') width = (Math.floor(width / 8) + 1) * 8;
    else break;
  }
  return width;
}

/** Index of the first colon outside brackets (strings are already blanked), or -1. */
function topColon(code: string): number {
  let depth = 0;
  for (let k = 0; k < code.length; k++) {
    const c = code[k]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ':' && depth === 0 && code[k + 1] !== '=') return k;
  }
  return -1;
}

function makeStmt(index: number, line: number, endLine: number, indent: number, code: string, raw: string): Stmt {
  const colon = COMPOUND.test(code) ? topColon(code) : -1;
  const compound = colon >= 0;
  return { index, line, endLine, indent, code, raw, compound, inlineBody: compound && code.slice(colon + 1).trim() !== '', parent: -1, func: -1 };
}

const DEF = /^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(([^)]*)\)/;
const LOOP = /^(?:async\s+)?(for|while)\b/;
const FOR = /^(?:async\s+)?for\s+(.+?)\s+in\s+(.+?)\s*:/;

export function codeShape(code: string): CodeShape {
  const stmts = statements(code);
  const stack: Stmt[] = [];
  for (const s of stmts) {
    while (stack.length && stack[stack.length - 1]!.indent >= s.indent) stack.pop();
    const parent = stack[stack.length - 1];
    s.parent = parent ? parent.index : -1;
    s.func = parent ? (DEF.test(parent.code) ? parent.index : parent.func) : -1;
    if (s.compound && !s.inlineBody) stack.push(s);
  }
  const stmtAt = new Map<number, number>();
  for (const s of stmts) for (let l = s.line; l <= s.endLine; l++) stmtAt.set(l, s.index);
  const funcs: FuncShape[] = [];
  for (const s of stmts) {
    const m = DEF.exec(s.code);
    if (m) funcs.push({ name: m[1]!, stmt: s.index, line: s.line, hasParams: /[A-Za-z_]/.test(m[2]!), generator: stmts.some((b) => b.func === s.index && /\byield\b/.test(b.code)) });
  }
  const loops: LoopShape[] = [];
  for (const s of stmts) {
    const m = LOOP.exec(s.code);
    if (!m || !s.compound) continue;
    const body = stmts.filter((b) => b.index > s.index && isInside(stmts, b, s.index)).map((b) => b.index);
    const last = body.length ? stmts[body[body.length - 1]!]! : s;
    const f = FOR.exec(s.code);
    let nested = false;
    for (let p = s.parent; p >= 0 && p !== s.func; p = stmts[p]!.parent) if (LOOP.test(stmts[p]!.code)) nested = true;
    loops.push({
      kind: m[1] as 'for' | 'while',
      stmt: s.index,
      line: s.line,
      ...(f ? { target: f[1]!.trim(), iterable: f[2]!.trim() } : {}),
      func: s.func >= 0 ? DEF.exec(stmts[s.func]!.code)![1]! : null,
      nested,
      body,
      endLine: last.endLine,
    });
  }
  return { stmts, stmtAt, funcs, loops };
}

function isInside(stmts: Stmt[], s: Stmt, ancestor: number): boolean {
  for (let p = s.parent; p >= 0; p = stmts[p]!.parent) if (p === ancestor) return true;
  return false;
}

/** Direct children of a block header, in order. */
function children(shape: CodeShape, header: number): Stmt[] {
  return shape.stmts.filter((s) => s.parent === header);
}

const JUMP = /^(?:continue|break|return|raise|yield)\b|\byield\b|\bawait\b/;
const NO_CODE = /^(?:global|nonlocal)\b|^(?:[rbuf]*)(?:"|')/i;

/**
 * The statements of a block that run every time the block runs: its direct
 * children up to the first block header or jump (`if`, a nested loop,
 * `continue`, `return`, ...), without declarations and docstrings.
 */
export function unconditionalPrefix(shape: CodeShape, header: number): Stmt[] {
  const out: Stmt[] = [];
  for (const s of children(shape, header)) {
    if (s.compound || JUMP.test(s.code)) break;
    if (!NO_CODE.test(s.code)) out.push(s);
  }
  return out;
}

/** Might this statement bind `name` (assignment, augmented assignment, `for`, `as`, walrus, `del`, `global`)? Errs towards yes. */
export function mayAssign(code: string, name: string): boolean {
  const word = new RegExp(`\\b${name}\\b`);
  if (!word.test(code)) return false;
  if (new RegExp(`\\bfor\\s+[^:]*\\b${name}\\b[^:]*\\s+in\\b|\\bas\\s+${name}\\b|\\b${name}\\s*:=|\\b(?:del|global|nonlocal)\\b`).test(code)) return true;
  for (const m of code.matchAll(/(?<![=!<>])(?:[-+*/%&|^@]|\/\/|\*\*|<<|>>)?=(?!=)/g)) if (word.test(code.slice(0, m.index))) return true;
  return false;
}
