import { NA, fmtInterval, fmtNum, fmtPct } from '../../../../shared/analysis/format';
import type { DashboardResult } from '../../../../shared/contract';

export const tableHeader = ['Split', 'Iteration', 'Samples', 'Problems', 'Fix rate', '95% CI', 'pass@1', 'pass@1 95% CI', 'pass@5', 'pass@10', 'Solved', 'Median rationale (chars)'];

/**
 * The dashboard as table rows of display strings ("n/a" where a value cannot
 * be computed: "Solved" without any test outcome, the median rationale
 * without any rationale). Empty groups are left out.
 */
export function tableRows(d: DashboardResult): string[][] {
  return d.groups
    .filter((g) => g.samples > 0)
    .map((g) => [
      g.split,
      String(g.iteration),
      fmtNum(g.samples),
      fmtNum(g.problems),
      fmtPct(g.fixRate?.value),
      fmtInterval(g.fixRate?.lo, g.fixRate?.hi),
      fmtPct(g.passAtK['1'].value),
      fmtInterval(g.passAtK['1'].lo, g.passAtK['1'].hi),
      fmtPct(g.passAtK['5'].value),
      fmtPct(g.passAtK['10'].value),
      g.unknown === g.samples ? NA : fmtNum(g.solved),
      fmtNum(g.rationale?.median),
    ]);
}

/** A Markdown table to paste into a paper draft or an issue. */
export function toMarkdown(header: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(esc).join(' | ')} |`).join('\n');
}

/** CSV (RFC 4180 quoting). */
export function toCsv(header: string[], rows: string[][]): string {
  const q = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(q).join(',')).join('\n');
}
