import { useState } from 'react';
import type { SampleDetail } from '../../../../../shared/contract';
import { shareableLink } from '../../state/urlSync';

/** Which sample this is, where it came from, and a link to it. Blind mode hides model, iteration and pass/fail. */
export function SampleHeader({ detail, blind, missing }: { detail: SampleDetail; blind: boolean; missing: readonly string[] }) {
  const [copied, setCopied] = useState(false);
  const { key, sample, source, warnings } = detail;
  const copy = () => {
    const link = shareableLink();
    void navigator.clipboard?.writeText(link).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => window.prompt('Copy this link', link),
    );
  };
  return (
    <header className="sample-header" data-testid="sample-header">
      <span className="sample-title">
        <strong>{key.problem_id}</strong> · {key.split}
        {!blind && <> · iter {key.iteration}</>} · #{key.sample_index}
        {!blind && sample.model && <span className="sample-model"> · {sample.model}</span>}
      </span>
      {!blind && sample.passed !== undefined && sample.passed !== null && (
        <span className={`badge ${sample.passed ? 'badge-pass' : 'badge-fail'}`}>{sample.passed ? 'fix passes' : 'fix fails'}</span>
      )}
      <span className="sample-source" title={source.file}>
        {source.file.split(/[\\/]/).pop()}:{source.line}
      </span>
      {missing.length > 0 && (
        <span className="sample-missing" data-testid="sample-missing">
          missing: {missing.join(', ')}
        </span>
      )}
      <button type="button" className="sample-link" data-testid="copy-link" onClick={copy} title="Copy a link to this view">
        {copied ? 'Copied' : 'Copy link'}
      </button>
      {warnings.length > 0 && (
        <details className="sample-warnings" data-testid="sample-warnings">
          <summary>{warnings.length} warning{warnings.length === 1 ? '' : 's'}</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
