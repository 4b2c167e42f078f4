// Placeholder: replaced by the feature's own issue.
export function ProblemView() {
  return <div className="placeholder" data-testid="problem-placeholder">ProblemView is not built yet.</div>;
}
