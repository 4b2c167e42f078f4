import type { FailingFact, VariableFact } from './facts';
import type { Rng } from './prng';

/**
 * Checkable sentences about the buggy program's trace. Each claim knows
 * whether it holds; `meta.rationale_claims` records them so that the
 * grounding check can be measured against ground truth.
 */
export type ClaimKind = 'assertion' | 'return' | 'value' | 'line' | 'exception';

export interface Claim {
  kind: ClaimKind;
  text: string;
  holds: boolean;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

export function ordinal(index: number): string {
  return ORDINALS[index] ?? `#${index + 1}`;
}

/**
 * A plausible wrong value for a repr: numbers drift by a little, booleans
 * flip, lists lose or gain an item, strings lose a character. Null when the
 * repr has no obvious neighbour (the caller then chooses another claim).
 */
export function mutateRepr(repr: string, rng: Rng): string | null {
  if (/^-?\d+$/.test(repr)) {
    const n = Number(repr);
    const delta = rng.pick([1, -1, 2]);
    return String(n + delta);
  }
  if (/^-?\d+\.\d+$/.test(repr)) return String(Number(repr) + rng.pick([0.5, 1, -1]));
  if (repr === 'True') return 'False';
  if (repr === 'False') return 'True';
  if (repr === 'None') return rng.pick(['0', "''"]);
  const list = /^\[(.*)\]$/.exec(repr);
  if (list) {
    const items = topLevelItems(list[1]);
    if (items.length > 1) return `[${items.slice(0, -1).join(', ')}]`;
    return items.length === 1 ? `[${items[0]}, ${items[0]}]` : '[0]';
  }
  const str = /^'(.+)'$/.exec(repr);
  if (str) return str[1].length > 1 ? `'${str[1].slice(1)}'` : `'${str[1]}${str[1]}'`;
  return null;
}

/** The items of a list repr's body, split at top-level commas (not inside brackets or quotes). */
export function topLevelItems(body: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      items.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (body.trim()) items.push(body.slice(start).trim());
  return items;
}

/** Wrap as a code span or not, as model output does inconsistently. */
function v(value: string, rng: Rng): string {
  return rng.chance(0.7) ? `\`${value}\`` : value;
}

/**
 * A wrong result. For an assertion, another test's return value is a
 * plausible mix-up; for "returns X" it must be a value never returned at all.
 */
function wrongResult(f: FailingFact, decoys: string[], avoid: ReadonlySet<string>, rng: Rng): string | null {
  const usable = decoys.filter((d) => d !== f.actual && d !== f.expected && !avoid.has(d));
  if (usable.length && rng.chance(0.5)) return rng.pick(usable);
  if (f.actual === null) return null;
  // A few tries: the nearest wrong value may happen to be the expected one.
  for (let i = 0; i < 4; i++) {
    const mutated = mutateRepr(f.actual, rng);
    if (mutated !== null && !avoid.has(mutated) && mutated !== f.expected) return mutated;
  }
  return null;
}

export function assertionClaim(f: FailingFact, decoys: string[], wrong: boolean, rng: Rng): Claim | null {
  if (f.actual === null || f.expected === null) return null;
  const actual = wrong ? wrongResult(f, decoys, new Set([f.actual]), rng) : f.actual;
  if (actual === null || actual === f.expected) return null;
  const text = rng.pick([
    `the ${ordinal(f.index)} assertion gets ${v(actual, rng)} but expects ${v(f.expected, rng)}`,
    `the ${ordinal(f.index)} test gets ${v(actual, rng)} but expects ${v(f.expected, rng)}`,
  ]);
  return { kind: 'assertion', text, holds: !wrong };
}

export function returnClaim(f: FailingFact, call: string, returned: ReadonlySet<string>, wrong: boolean, rng: Rng): Claim | null {
  if (f.actual === null) return null;
  const actual = wrong ? wrongResult(f, [], returned, rng) : f.actual;
  if (actual === null || (wrong && actual === f.actual)) return null;
  return { kind: 'return', text: `\`${call}\` returns ${v(actual, rng)}`, holds: !wrong };
}

export function exceptionClaim(f: FailingFact, wrongLine: number | null, rng: Rng): Claim | null {
  if (!f.exception || f.exceptionLine === null) return null;
  const line = wrongLine ?? f.exceptionLine;
  const what = f.exception.message ? `\`${f.exception.type}: ${f.exception.message}\`` : `\`${f.exception.type}\``;
  const text = rng.pick([
    `the ${ordinal(f.index)} test raises ${what} on line ${line}`,
    `the call stops with ${what} on line ${line}`,
  ]);
  return { kind: 'exception', text, holds: wrongLine === null || wrongLine === f.exceptionLine };
}

export function valueClaim(fact: VariableFact, taken: ReadonlySet<string>, wrong: boolean, rng: Rng): Claim | null {
  let value = fact.value;
  if (wrong) {
    // A value the variable never takes, so that the claim is wrong whatever step a checker looks at.
    let mutated: string | null = null;
    for (let i = 0; i < 4 && (mutated === null || taken.has(mutated)); i++) mutated = mutateRepr(fact.value, rng);
    if (mutated === null || taken.has(mutated)) return null;
    value = mutated;
  }
  const text = rng.pick([
    `at step (${fact.step}) \`${fact.name}\` is ${v(value, rng)}`,
    `after line ${fact.line} runs at step (${fact.step}), \`${fact.name}\` is ${v(value, rng)}`,
    `\`${fact.name}\` is ${v(value, rng)} at step (${fact.step})`,
  ]);
  return { kind: 'value', text, holds: !wrong };
}

export function lineClaim(line: number, code: string, holds: boolean, rng: Rng): Claim {
  const text = rng.pick([
    `the bug is on line ${line}: \`${code.trim()}\``,
    `the faulty statement is \`${code.trim()}\` on line ${line}`,
    `line ${line} (\`${code.trim()}\`) is where it goes wrong`,
  ]);
  return { kind: 'line', text, holds };
}
