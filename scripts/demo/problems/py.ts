/**
 * Tag for Python source in problem files: raw (backslashes stay Python's),
 * without the leading newline after the backtick, ending with one newline.
 */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings.raw }, ...values);
  return text.replace(/^\n/, '').replace(/\s*$/, '') + '\n';
}
