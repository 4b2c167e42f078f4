import {
  assertionClaim,
  type Claim,
  exceptionClaim,
  lineClaim,
  ordinal,
  returnClaim,
  valueClaim,
} from './claims';
import { callOf, type LineEdit, lineEdits, type TraceFacts, type VariableFact } from './facts';
import type { Rng } from './prng';

/**
 * Synthetic rationales: templates filled with facts from the buggy
 * program's real trace. Quality decides how many claims are deliberately
 * wrong, so that a grounding check has true and false claims to find;
 * `vague` ones never look at the trace, as base models often do not.
 */
export type RationaleQuality = 'grounded' | 'flawed' | 'wrong' | 'vague';

export interface RationaleInput {
  entryPoint: string;
  buggyCode: string;
  referenceCode: string;
  fixedCode: string;
  facts: TraceFacts;
  /** The true diagnosis (the bug's `why`). */
  why: string;
  /** Plausible but wrong diagnoses (other bugs of the problem, generic slips). */
  misdiagnoses: string[];
  quality: RationaleQuality;
  rng: Rng;
}

export interface Rationale {
  text: string;
  claims: Claim[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function otherLine(lines: string[], avoid: number, rng: Rng): number {
  // Any non-blank line of the function body except the true one.
  const choices = lines.map((_, i) => i + 1).filter((n) => n !== avoid && n > 1 && lines[n - 1].trim() !== '');
  return choices.length ? rng.pick(choices) : Math.max(1, avoid - 1);
}

function describeFix(edits: LineEdit[], rng: Rng): string {
  const e = edits[0];
  if (edits.length === 1 && e.before.length === 1 && e.after.length === 1) {
    return rng.pick([
      `Change line ${e.line} from \`${e.before[0].trim()}\` to \`${e.after[0].trim()}\`.`,
      `The fix is to write \`${e.after[0].trim()}\` on line ${e.line}.`,
      `Replacing \`${e.before[0].trim()}\` with \`${e.after[0].trim()}\` fixes it.`,
    ]);
  }
  return rng.pick(['Here is the corrected function:', 'The fixed version:', 'Rewriting the function:']);
}

/** A short bullet list of steps, as models like to write when they walk a trace. */
function keySteps(pool: VariableFact[], taken: TraceFacts['taken'], sloppy: boolean, claims: Claim[], rng: Rng): string {
  const start = rng.int(Math.max(1, pool.length - 3));
  const rows = pool.slice(start, start + 3).map((fact) => {
    const seen = taken.values.get(fact.name) ?? new Set<string>();
    const claim = (sloppy && rng.chance(0.5) ? valueClaim(fact, seen, true, rng) : null) ?? valueClaim(fact, seen, false, rng)!;
    claims.push(claim);
    return `- ${claim.text}`;
  });
  return `${rng.pick(['Key steps:', 'Stepping through:', 'In the trace:'])}\n${rows.join('\n')}`;
}

/** Reasoning about the code alone: no step, no value, no line number. */
function vagueRationale(input: RationaleInput): Rationale {
  const { rng } = input;
  const diagnosis = rng.chance(0.5) || input.misdiagnoses.length === 0 ? input.why : rng.pick(input.misdiagnoses);
  const text = [
    rng.pick([
      `The function \`${input.entryPoint}\` does not produce the expected results for all the tests.`,
      `Some tests of \`${input.entryPoint}\` fail, so something in the logic is off.`,
      'Looking at the code, there is a logical error.',
    ]),
    diagnosis,
    rng.pick(['Here is a corrected version:', 'Fixed code:', 'The corrected function:']) + `\n\n\`\`\`python\n${input.fixedCode.trimEnd()}\n\`\`\``,
  ].join('\n\n');
  return { text, claims: [] };
}

export function buildRationale(input: RationaleInput): Rationale {
  const { facts, rng, quality } = input;
  if (quality === 'vague') return vagueRationale(input);
  const f = facts.failing;
  const lines = input.buggyCode.split('\n');
  const bugEdit = lineEdits(input.buggyCode, input.referenceCode)[0];
  const bugLine = bugEdit ? Math.min(bugEdit.line, lines.length) : 1;
  // Which claim a "flawed" rationale gets wrong; "wrong" ones get most of them wrong.
  const slip = rng.pick(['outcome', 'value', 'line'] as const);
  const wrongOutcome = quality === 'wrong' || (quality === 'flawed' && slip === 'outcome');
  const wrongValue = quality === 'wrong' ? rng.chance(0.6) : quality === 'flawed' && slip === 'value';

  const claims: Claim[] = [];
  const parts: string[] = [];
  if (f) {
    const call = callOf(f.test);
    parts.push(
      rng.pick([
        `Let's follow the ${ordinal(f.index)} test, \`${f.test}\`, through the trace.`,
        `Looking at the execution trace of \`${call}\`:`,
        `We need to find out why \`${f.test}\` fails.`,
        `### What the trace shows\n\nThe ${ordinal(f.index)} test calls \`${call}\`.`,
      ]),
    );
    // Assignments say more than the arguments the test already shows.
    const short = facts.variables.filter((x) => x.value.length <= 40);
    const assigned = short.filter((x) => !x.argument);
    const pool = assigned.length ? assigned : short;
    // A loop cut by the step cap is best shown by where the variables ended up.
    const endless = f.outcome === 'step-limit' || f.outcome === 'timeout';
    const fact = pool.length ? (endless ? pool[pool.length - 1] : pool[rng.int(Math.min(pool.length, 8))]) : null;
    if (endless) parts.push(rng.pick([`The call never finishes: the tracer stops it at its step limit.`, `\`${call}\` runs until the tracer's step limit cuts it off.`]));
    const seen = (fact && facts.taken.values.get(fact.name)) || new Set<string>();
    const value = fact ? (valueClaim(fact, seen, wrongValue, rng) ?? valueClaim(fact, seen, false, rng)) : null;
    if (value) claims.push(value);
    const decoys = facts.otherReturns;
    const outcome = f.exception
      ? exceptionClaim(f, wrongOutcome ? otherLine(lines, f.exceptionLine ?? 0, rng) : null, rng)
      : rng.chance(0.5)
        ? (assertionClaim(f, decoys, wrongOutcome, rng) ?? assertionClaim(f, decoys, false, rng))
        : (returnClaim(f, call, facts.taken.returns, wrongOutcome, rng) ?? returnClaim(f, call, facts.taken.returns, false, rng));
    if (outcome) claims.push(outcome);
    if (claims.length) parts.push(cap(claims.map((c) => c.text).join(', and ')) + '.');
    if (assigned.length > 3 && rng.chance(0.35)) parts.push(keySteps(assigned.filter((x) => x !== fact), facts.taken, quality === 'wrong', claims, rng));
  } else {
    parts.push(`Every test of \`${input.entryPoint}\` passes in the trace, so I only tidy the code.`);
  }

  // A flawed rationale whose chosen slip could not be made (no believable wrong value) blames the wrong line instead.
  const wrongLine = quality === 'wrong' || (quality === 'flawed' && (slip === 'line' || claims.every((c) => c.holds)));
  const blamed = wrongLine ? otherLine(lines, bugLine, rng) : bugLine;
  const line = lineClaim(blamed, lines[blamed - 1] ?? '', blamed === bugLine, rng);
  claims.push(line);
  const diagnosis = quality === 'wrong' && input.misdiagnoses.length ? rng.pick(input.misdiagnoses) : input.why;
  parts.push(rng.pick([`So ${line.text}. ${diagnosis}`, `${cap(line.text)}. ${diagnosis}`, `${diagnosis} In other words, ${line.text}.`]));

  // Describe the fix actually written; an unchanged program still "explains" the intended fix.
  let edits = lineEdits(input.buggyCode, input.fixedCode);
  if (edits.length === 0) edits = lineEdits(input.buggyCode, input.referenceCode);
  const fixText = edits.length ? describeFix(edits, rng) : 'The program needs no change.';
  const block = fixText.endsWith(':') || rng.chance(0.3);
  parts.push(block ? `${fixText}\n\n\`\`\`python\n${input.fixedCode.trimEnd()}\n\`\`\`` : fixText);
  return { text: parts.join('\n\n'), claims };
}
