import { formatCount } from '../dataset/format';

interface FooterProps {
  shown: number;
  /** All records of the dataset (so far, while indexing). */
  records: number;
  filtered: boolean;
  indexing: boolean;
  loading: boolean;
  error: string | null;
}

/** Counts under the list: "1,234 of 100,000 samples · indexing…". */
export function SampleListFooter({ shown, records, filtered, indexing, loading, error }: FooterProps) {
  let text: string;
  if (loading) text = 'Loading…';
  else if (filtered) text = `${formatCount(shown)} of ${formatCount(records)} samples`;
  else text = `${formatCount(shown)} ${shown === 1 ? 'sample' : 'samples'}`;
  return (
    <footer className="sample-list-footer" data-testid="sample-list-footer">
      <span>{text}</span>
      {indexing && <span className="muted"> · indexing…</span>}
      {error && (
        <span className="error-text" role="alert">
          {' '}
          · {error}
        </span>
      )}
    </footer>
  );
}
