/** A value in the search syntax: quoted when it holds spaces, quotes or commas. */
function term(key: string, value: string | number | boolean): string {
  const text = String(value);
  return /[\s",:]/.test(text) ? `${key}:"${text.replace(/(["\\])/g, '\\$1')}"` : `${key}:${text}`;
}

export interface QueryParts {
  split?: string | null;
  iteration?: number | null;
  passed?: boolean | null;
  grounding?: 'contradicted' | 'consistent' | 'unverifiable' | null;
  /** Rationale length range in chars, inclusive [from, to]; `to` Infinity means "from or longer". */
  rationale?: [number, number] | null;
}

/**
 * The sample-list query for what a chart mark stands for, e.g.
 * `split:dev iter:2 passed:true`: clicking a bar filters the list to it.
 */
export function queryFor(parts: QueryParts): string {
  const out: string[] = [];
  if (parts.split != null) out.push(term('split', parts.split));
  if (parts.iteration != null) out.push(term('iter', parts.iteration));
  if (parts.passed != null) out.push(term('passed', parts.passed));
  if (parts.grounding) out.push(term('grounding', parts.grounding));
  if (parts.rationale) {
    const [from, to] = parts.rationale.map((v) => Math.max(0, Math.floor(v)));
    out.push(Number.isFinite(to) ? `rationale:${from}..${to}` : `rationale:>=${from}`);
  }
  return out.join(' ');
}
