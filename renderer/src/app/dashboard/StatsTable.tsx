import { useState } from 'react';
import type { DashboardResult } from '../../../../shared/contract';
import { tableHeader, tableRows, toCsv, toMarkdown } from './statsTable';

/** The numbers behind the charts, copyable as Markdown or CSV for a results section. */
export function StatsTable({ data }: { data: DashboardResult }) {
  const rows = tableRows(data);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (kind: 'Markdown' | 'CSV') => {
    const text = kind === 'CSV' ? toCsv(tableHeader, rows) : toMarkdown(tableHeader, rows);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${kind} copied`);
    } catch {
      setCopied('The clipboard is not available');
    }
  };
  return (
    <section className="chart-card stats-table-card" data-testid="stats-table" aria-label="Statistics table">
      <header className="chart-header">
        <div>
          <h3>Per split × iteration</h3>
          <div className="chart-subtitle">Fix rate with 95% Wilson CI; pass@k is the unbiased estimator averaged over problems with ≥ k samples; median rationale over samples with a rationale</div>
        </div>
        <div className="chart-actions">
          {copied && <span className="muted">{copied}</span>}
          <button type="button" onClick={() => void copy('Markdown')}>
            Copy Markdown
          </button>
          <button type="button" onClick={() => void copy('CSV')}>
            Copy CSV
          </button>
        </div>
      </header>
      <div className="stats-table-scroll">
        <table className="stats-table">
          <thead>
            <tr>
              {tableHeader.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r[0]}:${r[1]}`}>
                {r.map((c, i) => (
                  <td key={i} className={i >= 2 ? 'num' : undefined}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
