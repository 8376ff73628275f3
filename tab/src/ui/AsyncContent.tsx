import type { ReactNode } from 'react';
import type { QueryState } from '../hooks/queryState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

interface AsyncContentProps<T> {
  /** What `useApiQuery` answers. */
  state: QueryState<T>;
  /** The spinner's label while loading. */
  loadingLabel: string;
  /** What to show once loaded. */
  children: (value: T) => ReactNode;
}

/** A spinner while `state` loads, the failure with "Retry" if it fails, else `children` with the value. */
export function AsyncContent<T>({ state, loadingLabel, children }: AsyncContentProps<T>) {
  if (state.status === 'loading') return <LoadingState label={loadingLabel} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={state.retry} />;
  return <>{children(state.value)}</>;
}
