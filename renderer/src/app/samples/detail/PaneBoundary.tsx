import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the pane shows, for the message ("the rationale"). */
  what: string;
  children: ReactNode;
}

/**
 * One broken pane must not blank the sample view: a render error becomes a
 * plain message in that pane while the others keep working. Re-mounted (by
 * key) when the sample changes.
 */
export class PaneBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Tracelens: ${this.props.what} failed to render`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <p className="missing-note error-text" role="alert" data-testid="pane-error">
          Cannot show {this.props.what}: {this.state.error.message}
        </p>
      );
    }
    return this.props.children;
  }
}
