// Placeholder: replaced by the feature's own issue.
export function SamplesView() {
  return <div className="placeholder" data-testid="samples-placeholder">SamplesView is not built yet.</div>;
}
