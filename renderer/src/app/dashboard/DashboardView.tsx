// Placeholder: replaced by the feature's own issue.
export function DashboardView() {
  return <div className="placeholder" data-testid="dashboard-placeholder">DashboardView is not built yet.</div>;
}
