/** A plain sentence saying what a pane cannot show, and why. */
export function MissingNote({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <p className="missing-note" role="note" data-testid={testId}>
      {children}
    </p>
  );
}
