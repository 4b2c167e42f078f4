/**
 * Python string literals, as far as NExT traces need them: exception
 * messages are rendered the way Python's `repr(str)` writes them
 * (`AssertionError('x')`) and read back from hand-edited text.
 */

/** Python's `repr()` of a str: single quotes unless the text has ' and no ". */
export function pyStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

/**
 * Read one Python string literal (optionally prefixed r/b/u) that spans the
 * whole of `text`. Returns null when `text` is not exactly one literal.
 */
export function parsePyStr(text: string): string | null {
  const match = /^([rRbBuU]{0,2})('''|"""|'|")([\s\S]*)\2$/.exec(text.trim());
  if (!match) return null;
  const raw = match[1].toLowerCase().includes('r');
  const quote = match[2];
  const body = match[3];
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === quote && quote.length === 1) return null; // an unescaped quote ends the literal early
    if (ch !== '\\' || raw) {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next === undefined) return null;
    if (next in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[next];
    else if (next === 'x' || next === 'u' || next === 'U') {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return null;
      out += String.fromCodePoint(parseInt(hex, 16));
      i += width;
    } else if (next === '\n') {
      // line continuation inside a literal
    } else out += `\\${next}`;
  }
  return out;
}
