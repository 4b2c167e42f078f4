// Placeholder: replaced by the feature's own issue.
export function LabelsView() {
  return <div className="placeholder" data-testid="labels-placeholder">LabelsView is not built yet.</div>;
}
