/**
 * Category labels that fit: every k-th one when there are more categories
 * than about one per `minGap` pixels (50 iterations on a narrow chart would
 * otherwise print on top of each other). The last one is always kept.
 */
export function thinTicks<T>(domain: readonly T[], width: number, minGap = 48): T[] {
  const fit = Math.max(1, Math.floor(width / minGap));
  if (domain.length <= fit) return [...domain];
  const step = Math.ceil(domain.length / fit);
  const kept = domain.filter((_, i) => i % step === 0);
  const last = domain[domain.length - 1]!;
  if (kept[kept.length - 1] !== last) {
    // Replace a neighbour rather than crowd the last label next to it.
    if ((domain.length - 1) % step < step / 2) kept.pop();
    kept.push(last);
  }
  return kept;
}
