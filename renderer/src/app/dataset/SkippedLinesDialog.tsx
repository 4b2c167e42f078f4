import { useEffect, useState } from 'react';
import type { InputIssue } from '../../../../shared/dataset/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { formatCount } from './format';

const PAGE = 100;
const EXCERPT_CHARS = 300;

interface Props {
  datasetId: string;
  onClose(): void;
}

/** Skipped lines in the compiler style `file:line: reason`, with the start of each line, 100 at a time. */
export function SkippedLinesDialog({ datasetId, onClose }: Props) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; issues: InputIssue[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let live = true;
    setError(null);
    setCopied(false);
    api
      .request('dataset:issues', { datasetId, offset, limit: PAGE })
      .then((p) => live && setPage(p))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [datasetId, offset]);

  const total = page?.total ?? 0;
  const last = Math.min(total, offset + PAGE);
  // Compiler-style lines, so they can go into an issue or an editor's quickfix list.
  const copy = () => {
    const text = (page?.issues ?? []).map((i) => `${i.file}:${i.line}: ${i.reason}`).join('\n');
    void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => undefined);
  };
  return (
    <Dialog
      title="Skipped lines"
      onClose={onClose}
      testId="skipped-dialog"
      wide
      actions={
        page && page.issues.length > 0 ? (
          <button data-testid="skipped-copy" onClick={copy}>
            {copied ? 'Copied' : 'Copy these lines'}
          </button>
        ) : undefined
      }
    >
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!page && !error && <p className="muted">Loading…</p>}
      {page && (
        <>
          <p className="muted" data-testid="skipped-range">
            {total === 0 ? 'No skipped lines.' : `Lines ${formatCount(offset + 1)}–${formatCount(last)} of ${formatCount(total)} skipped`}
          </p>
          <ol className="issue-list" data-testid="skipped-list">
            {page.issues.map((issue) => (
              <li key={`${issue.file}:${issue.line}:${issue.reason}`}>
                <div className="mono issue-where">
                  {issue.file}:{issue.line}: <span className="issue-reason">{issue.reason}</span>
                </div>
                {issue.excerpt && (
                  <pre className="issue-excerpt">
                    {issue.excerpt.length > EXCERPT_CHARS ? `${issue.excerpt.slice(0, EXCERPT_CHARS)}…` : issue.excerpt}
                  </pre>
                )}
              </li>
            ))}
          </ol>
          {total > PAGE && (
            <div className="issue-pager">
              <button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                ← Previous
              </button>
              <button data-testid="skipped-next" disabled={last >= total} onClick={() => setOffset(offset + PAGE)}>
                Next →
              </button>
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}
