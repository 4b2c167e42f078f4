import { scaleLinear } from 'd3';

/**
 * The domain of an axis of character counts: niced, and padded first when
 * the values span fewer whole characters than there are ticks (every
 * rationale 1 char long, or all of the same length), where the ticks would
 * otherwise be fractions that round to the same label ("1, 1, 1, 0, 0, 0").
 * Never below 0.
 */
export function lengthDomain(lo: number, hi: number, ticks = 5): [number, number] {
  let a = Math.max(0, Math.min(lo, hi));
  let b = Math.max(a, hi);
  // Pad to at least `ticks` chars, and to 20% of the value so that one length of 500 does not read as 498–502.
  const want = Math.max(ticks, b * 0.2);
  if (b - a < want) {
    const pad = (want - (b - a)) / 2;
    a -= pad;
    b += pad;
    if (a < 0) {
      b -= a;
      a = 0;
    }
  }
  const [n0, n1] = scaleLinear().domain([a, b]).nice().domain() as [number, number];
  return [n0, n1];
}

/** Whole-number ticks of a domain: a length of 2.5 characters means nothing. */
export function lengthTicks(domain: readonly [number, number], count = 5): number[] {
  return scaleLinear().domain(domain).ticks(count).filter(Number.isInteger);
}
