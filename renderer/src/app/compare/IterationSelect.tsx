interface IterationSelectProps {
  label: string;
  iterations: number[];
  value: number | null;
  onChange(value: number): void;
  testId?: string;
}

/** A labelled choice among the iterations present in the dataset. */
export function IterationSelect({ label, iterations, value, onChange, testId }: IterationSelectProps) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId} disabled={iterations.length === 0}>
        {iterations.map((it) => (
          <option key={it} value={it}>
            iter {it}
          </option>
        ))}
      </select>
    </label>
  );
}
