import { Component } from 'react';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';

interface ErrorBoundaryState {
  error?: unknown;
}

/** Catches render errors and failed lazy page downloads (e.g. after a redeploy) and offers a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <ErrorState error={this.state.error} />;
  }
}
