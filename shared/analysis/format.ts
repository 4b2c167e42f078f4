/**
 * Display helpers shared by the UI and the CLI: a value that cannot be
 * computed reads "n/a", never "NaN" or "undefined".
 */
export const NA = 'n/a';

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** 0.4567 → "45.7%". */
export function fmtPct(v: number | null | undefined, digits = 1): string {
  return finite(v) ? `${(v * 100).toFixed(digits)}%` : NA;
}

/** A signed difference in percentage points: 0.052 → "+5.2 pp". */
export function fmtPp(v: number | null | undefined, digits = 1): string {
  if (!finite(v)) return NA;
  const s = (v * 100).toFixed(digits);
  return `${v > 0 ? '+' : ''}${s === '-0.0' ? '0.0' : s} pp`;
}

export function fmtNum(v: number | null | undefined, digits = 0): string {
  return finite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : NA;
}

/** An interval "[40.1%, 52.3%]", or n/a. */
export function fmtInterval(lo: number | null | undefined, hi: number | null | undefined, fmt: (v: number) => string = (v) => fmtPct(v)): string {
  return finite(lo) && finite(hi) ? `[${fmt(lo)}, ${fmt(hi)}]` : NA;
}

/** p-values as papers print them: "p < 0.001", "p = 0.042". */
export function fmtP(p: number | null | undefined): string {
  if (!finite(p)) return NA;
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** [[4, 16]] → "4–16"; [[2, 2]] → "2". */
export function fmtRanges(ranges: ReadonlyArray<readonly [number, number]>): string {
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}
